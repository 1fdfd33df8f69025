package uz.roadmap.review;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a learner has done in this module, for the pages that show progress: the questions they
 * have answered in writing, the reviews they made since a moment, how a review session went and
 * which of its cards come back soon.
 * A read model in plain SQL; it changes nothing.
 */
@Service
public class ReviewProgress {

    /** The idempotency keys the review session page gives its ratings start with this. */
    public static final String SESSION_KEY_PREFIX = "session:";

    private final JdbcClient database;

    ReviewProgress(JdbcClient database) {
        this.database = database;
    }

    /** The questions of a roadmap the learner has written and submitted an answer to. */
    public Set<String> answered(UUID learner, String roadmap) {
        return new HashSet<>(database.sql("""
                SELECT DISTINCT question_slug FROM review.answer
                WHERE learner_id = :learner AND roadmap = :roadmap AND status <> 'DRAFT'""")
                .param("learner", learner).param("roadmap", roadmap).query(String.class).list());
    }

    /** How many reviews of cards the learner made since this moment (the ratings of written answers aside). */
    public int reviewedSince(UUID learner, Instant since) {
        return database.sql("""
                SELECT count(*) FROM review.review_log
                WHERE learner_id = :learner AND recorded_at >= :since AND undone_at IS NULL
                  AND (idempotency_key IS NULL OR idempotency_key NOT LIKE 'answer:%')""")
                .param("learner", learner).param("since", utc(since)).query(Integer.class).single();
    }

    /**
     * How a review session went.
     *
     * @param again how many cards were rated Again (1); likewise {@code hard}, {@code good}, {@code easy}
     * @param took from the session's start to its last rating
     * @param nextDue when the learner's next card falls due, if any is scheduled after now
     */
    public record SessionSummary(int reviewed, int again, int hard, int good, int easy, Duration took,
            @Nullable Instant nextDue) {
    }

    /** The ratings the learner gave on the review page since the session started, and when the next card is due. */
    public SessionSummary session(UUID learner, Instant startedAt, Instant now) {
        var counts = new int[5];
        var last = new Instant[] { startedAt };
        database.sql("""
                SELECT rating, count(*) AS reviews, max(recorded_at) AS last FROM review.review_log
                WHERE learner_id = :learner AND recorded_at >= :since AND undone_at IS NULL
                  AND idempotency_key LIKE :session
                GROUP BY rating""")
                .param("learner", learner).param("since", utc(startedAt)).param("session", SESSION_KEY_PREFIX + "%")
                .query((ResultSet row) -> {
                    counts[row.getInt("rating")] = row.getInt("reviews");
                    var at = row.getObject("last", OffsetDateTime.class).toInstant();
                    if (at.isAfter(last[0])) {
                        last[0] = at;
                    }
                });
        var nextDue = database.sql("""
                SELECT due FROM review.card WHERE learner_id = :learner AND due > :now ORDER BY due LIMIT 1""")
                .param("learner", learner).param("now", utc(now)).query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant).orElse(null);
        return new SessionSummary(counts[1] + counts[2] + counts[3] + counts[4], counts[1], counts[2], counts[3], counts[4],
                Duration.between(startedAt, last[0]), nextDue);
    }

    /**
     * When the first of the learner's learning cards comes back, if one does after now and no later
     * than {@code until}: a card rated Again (or still in its learning steps) returns within the
     * same session.
     */
    public Optional<Instant> comingBack(UUID learner, Instant now, Instant until) {
        return database.sql("""
                SELECT due FROM review.card
                WHERE learner_id = :learner AND state IN ('LEARNING', 'RELEARNING') AND due > :now AND due <= :until
                ORDER BY due LIMIT 1""")
                .param("learner", learner).param("now", utc(now)).param("until", utc(until))
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
