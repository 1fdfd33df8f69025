package uz.roadmap.lab;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import uz.roadmap.shared.Ids;

/**
 * A learner's submission to a lab: the aggregate that guards it. It is received pending and judged
 * exactly once; judging it registers {@link LabAttempted}. A judge that fails counts a try; after
 * {@value #TRIES} tries the submission is closed with {@link Verdict#JUDGE_ERROR}.
 */
@Table(schema = "lab", name = "submission")
class Submission extends AbstractAggregateRoot<Submission> {

    /** How many times the judge tries a submission before it gives up with a judge error. */
    static final int TRIES = 2;

    enum Status {
        PENDING, JUDGED
    }

    private final @Id UUID id;
    @Column("learner_id")
    private final UUID learner;
    private final String roadmap;
    private final String lab;
    private final String sql;
    private Status status;
    private final Instant submittedAt;
    private @Nullable Instant judgedAt;
    private @Nullable Verdict verdict;
    private @Nullable Judgement judgement;
    private int tries;
    @Version
    private int version;

    @PersistenceCreator
    Submission(UUID id, UUID learner, String roadmap, String lab, String sql, Status status, Instant submittedAt,
            @Nullable Instant judgedAt, @Nullable Verdict verdict, @Nullable Judgement judgement, int tries, int version) {
        this.id = id;
        this.learner = learner;
        this.roadmap = roadmap;
        this.lab = lab;
        this.sql = sql;
        this.status = status;
        this.submittedAt = submittedAt;
        this.judgedAt = judgedAt;
        this.verdict = verdict;
        this.judgement = judgement;
        this.tries = tries;
        this.version = version;
    }

    static Submission receive(UUID learner, String roadmap, String lab, String sql, Instant now) {
        return new Submission(Ids.newId(), learner, roadmap, lab, sql, Status.PENDING, now, null, null, null, 0, 0);
    }

    /**
     * Records the judge's verdict; refused (false) when the submission was judged before, so that a
     * second delivery of the same work changes nothing.
     */
    boolean judged(Judgement judgement, List<String> topics, Instant now) {
        if (status != Status.PENDING) {
            return false;
        }
        this.status = Status.JUDGED;
        this.judgement = judgement;
        this.verdict = judgement.verdict();
        this.judgedAt = now;
        registerEvent(new LabAttempted(id, learner, roadmap, lab, topics, judgement.verdict(), now));
        return true;
    }

    /** The judge failed on it; true when that was its last try and it is now closed as a judge error. */
    boolean failed(Judgement judgeError, List<String> topics, Instant now) {
        if (status != Status.PENDING) {
            return false;
        }
        tries++;
        return tries >= TRIES && judged(judgeError, topics, now);
    }

    /** The events registered and not yet published. */
    List<Object> events() {
        return List.copyOf(domainEvents());
    }

    boolean pending() {
        return status == Status.PENDING;
    }

    UUID id() {
        return id;
    }

    UUID learner() {
        return learner;
    }

    String roadmap() {
        return roadmap;
    }

    String lab() {
        return lab;
    }

    String sql() {
        return sql;
    }

    SubmissionView view() {
        return new SubmissionView(id, roadmap, lab, sql, status == Status.PENDING, submittedAt, judgedAt, verdict, judgement);
    }
}
