package uz.roadmap.lab;

/** What the judge made of a submission. */
public enum Verdict {

    /** The query gives the reference's result on the visible dataset and on every hidden variant (and, in an EXPLAIN lab, a good plan). */
    ACCEPTED,
    /** Another result, or an order the lab does not accept, or (EXPLAIN labs) a plan that breaks the lab's rules. */
    WRONG_ANSWER,
    /** PostgreSQL refused or failed the query. */
    SQL_ERROR,
    /** The query ran out of time (or of the temporary disk it may use). */
    TIME_LIMIT,
    /** The result is larger than the judge reads. */
    OUTPUT_LIMIT,
    /** Not one allowed statement: the query never reached the database. */
    REJECTED,
    /** The judge itself failed, twice; nothing the learner did. */
    JUDGE_ERROR;

    public boolean accepted() {
        return this == ACCEPTED;
    }
}
