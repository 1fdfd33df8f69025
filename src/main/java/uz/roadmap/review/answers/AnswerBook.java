package uz.roadmap.review.answers;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uz.roadmap.review.AnswerView;
import uz.roadmap.shared.Ids;

/**
 * Learners' written answers, in plain SQL.
 */
@Component
public class AnswerBook {

    private final JdbcClient database;

    AnswerBook(JdbcClient database) {
        this.database = database;
    }

    /**
     * Takes, until the transaction ends, the learner's lock on their answers to the question: an
     * autosave and a submission sent at the same moment (a click on Submit blurs the box, which
     * autosaves) happen one after the other, never interleaved.
     */
    public void lock(UUID learner, String roadmap, String question) {
        database.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "review.answer:" + learner + ":" + roadmap + ":" + question)
                .query((row, number) -> 0).list();
    }

    /** Saves the learner's draft for the question, creating it or replacing its text. */
    public AnswerView saveDraft(UUID learner, String roadmap, String question, String text, Instant now) {
        database.sql("""
                INSERT INTO review.answer (id, learner_id, roadmap, question_slug, text, status, updated_at)
                VALUES (:id, :learner, :roadmap, :question, :text, 'DRAFT', :now)
                ON CONFLICT (learner_id, roadmap, question_slug) WHERE status = 'DRAFT'
                DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at""")
                .param("id", Ids.newId()).param("learner", learner).param("roadmap", roadmap).param("question", question)
                .param("text", text).param("now", utc(now))
                .update();
        return draft(learner, roadmap, question).orElseThrow();
    }

    public Optional<AnswerView> draft(UUID learner, String roadmap, String question) {
        return database.sql("""
                SELECT * FROM review.answer WHERE learner_id = :learner AND roadmap = :roadmap
                AND question_slug = :question AND status = 'DRAFT'""")
                .param("learner", learner).param("roadmap", roadmap).param("question", question)
                .query(AnswerBook::answer).optional();
    }

    /** The answer the learner submitted last to the question, rated or still waiting for its self-check. */
    public Optional<AnswerView> lastSubmitted(UUID learner, String roadmap, String question) {
        return database.sql("""
                SELECT * FROM review.answer WHERE learner_id = :learner AND roadmap = :roadmap
                AND question_slug = :question AND status <> 'DRAFT' ORDER BY submitted_at DESC LIMIT 1""")
                .param("learner", learner).param("roadmap", roadmap).param("question", question)
                .query(AnswerBook::answer).optional();
    }

    /** Submits the text: the draft (if any) becomes the submitted answer, with the suggested ticks and rating. */
    public AnswerView submit(UUID learner, String roadmap, String question, String text, List<Integer> suggested,
            int suggestedRating, Instant now) {
        var id = draft(learner, roadmap, question).map(AnswerView::id).orElseGet(Ids::newId);
        database.sql("""
                INSERT INTO review.answer (id, learner_id, roadmap, question_slug, text, status, suggested_points,
                    suggested_rating, updated_at, submitted_at)
                VALUES (:id, :learner, :roadmap, :question, :text, 'SUBMITTED', :points, :rating, :now, :now)
                ON CONFLICT (id) DO UPDATE SET text = excluded.text, status = 'SUBMITTED',
                    suggested_points = excluded.suggested_points, suggested_rating = excluded.suggested_rating,
                    updated_at = excluded.updated_at, submitted_at = excluded.submitted_at""")
                .param("id", id).param("learner", learner).param("roadmap", roadmap).param("question", question)
                .param("text", text).param("points", suggested.toArray(Integer[]::new)).param("rating", suggestedRating)
                .param("now", utc(now))
                .update();
        return find(learner, id).orElseThrow();
    }

    public Optional<AnswerView> find(UUID learner, UUID answer) {
        return database.sql("SELECT * FROM review.answer WHERE id = :id AND learner_id = :learner")
                .param("id", answer).param("learner", learner).query(AnswerBook::answer).optional();
    }

    /** Records the learner's confirmed ticks and rating on a submitted answer. */
    public AnswerView rate(UUID learner, UUID answer, List<Integer> confirmed, int rating, Instant now) {
        database.sql("""
                UPDATE review.answer SET status = 'RATED', confirmed_points = :points, rating = :rating,
                    rated_at = :now, updated_at = :now
                WHERE id = :id AND learner_id = :learner AND status = 'SUBMITTED'""")
                .param("points", confirmed.toArray(Integer[]::new)).param("rating", rating).param("now", utc(now))
                .param("id", answer).param("learner", learner)
                .update();
        return find(learner, answer).orElseThrow();
    }

    public List<AnswerView> all(UUID learner) {
        return database.sql("SELECT * FROM review.answer WHERE learner_id = :learner ORDER BY updated_at")
                .param("learner", learner).query(AnswerBook::answer).list();
    }

    /** Deletes every answer of the learner. */
    public void forget(UUID learner) {
        database.sql("DELETE FROM review.answer WHERE learner_id = :learner").param("learner", learner).update();
    }

    /** The learner's answers to the question, oldest first (by when they were submitted; a draft comes last). */
    public List<AnswerView> history(UUID learner, String roadmap, String question) {
        return database.sql("""
                SELECT * FROM review.answer WHERE learner_id = :learner AND roadmap = :roadmap AND question_slug = :question
                ORDER BY submitted_at NULLS LAST, updated_at""")
                .param("learner", learner).param("roadmap", roadmap).param("question", question)
                .query(AnswerBook::answer).list();
    }

    private static AnswerView answer(ResultSet row, int number) throws SQLException {
        return new AnswerView(row.getObject("id", UUID.class), row.getString("roadmap"), row.getString("question_slug"),
                row.getString("text"), row.getString("status"), integers(row.getArray("suggested_points")),
                nullable(row, "suggested_rating"), integers(row.getArray("confirmed_points")), nullable(row, "rating"),
                row.getTimestamp("updated_at").toInstant(), instant(row.getTimestamp("submitted_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Integer nullable(ResultSet row, String column) throws SQLException {
        var value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static List<Integer> integers(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
