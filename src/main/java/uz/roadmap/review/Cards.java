package uz.roadmap.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uz.roadmap.review.scheduling.CardState;
import uz.roadmap.review.scheduling.Memory;
import uz.roadmap.shared.Ids;

/**
 * All learners' cards and their review logs, in plain SQL.
 */
@Component
class Cards {

    private final JdbcClient database;

    Cards(JdbcClient database) {
        this.database = database;
    }

    /** A card with its identity and what it is about. */
    record Card(UUID id, UUID learner, String roadmap, String question, Instant createdAt, Memory memory) {
    }

    Card introduce(UUID learner, String roadmap, String question, Instant now) {
        var card = new Card(Ids.newId(), learner, roadmap, question, now, Memory.newCard(now));
        database.sql("""
                INSERT INTO review.card (id, learner_id, roadmap, question_slug, created_at, state, stability, difficulty,
                    due, last_review, reps, lapses, learning_steps, scheduled_days, elapsed_days)
                VALUES (:id, :learner, :roadmap, :question, :created, 'NEW', 0, 0, :created, NULL, 0, 0, 0, 0, 0)
                ON CONFLICT (learner_id, roadmap, question_slug) DO NOTHING""")
                .param("id", card.id()).param("learner", learner).param("roadmap", roadmap).param("question", question)
                .param("created", utc(now))
                .update();
        return find(learner, roadmap, question).orElseThrow();
    }

    Optional<Card> find(UUID learner, UUID card) {
        return database.sql("SELECT * FROM review.card WHERE id = :card AND learner_id = :learner")
                .param("card", card).param("learner", learner).query(Cards::card).optional();
    }

    /** Locks the learner's card for the rest of the transaction, so that concurrent reviews queue up. */
    Optional<Card> lock(UUID learner, UUID card) {
        return database.sql("SELECT * FROM review.card WHERE id = :card AND learner_id = :learner FOR UPDATE")
                .param("card", card).param("learner", learner).query(Cards::card).optional();
    }

    private Optional<Card> find(UUID learner, String roadmap, String question) {
        return database.sql("""
                SELECT * FROM review.card WHERE learner_id = :learner AND roadmap = :roadmap AND question_slug = :question""")
                .param("learner", learner).param("roadmap", roadmap).param("question", question)
                .query(Cards::card).optional();
    }

    /** The learner's cards due by this instant, at most {@code limit}, earliest due first. */
    List<Card> due(UUID learner, Instant by, int limit) {
        return database.sql("""
                SELECT * FROM review.card WHERE learner_id = :learner AND due <= :by ORDER BY due LIMIT :limit""")
                .param("learner", learner).param("by", utc(by)).param("limit", limit)
                .query(Cards::card).list();
    }

    List<Card> of(UUID learner) {
        return database.sql("SELECT * FROM review.card WHERE learner_id = :learner ORDER BY created_at")
                .param("learner", learner).query(Cards::card).list();
    }

    List<Card> of(UUID learner, String roadmap) {
        return database.sql("SELECT * FROM review.card WHERE learner_id = :learner AND roadmap = :roadmap")
                .param("learner", learner).param("roadmap", roadmap).query(Cards::card).list();
    }

    /** How many cards are due, graduated (in REVIEW) and still learning. */
    record DueCount(int graduated, int learning) {
    }

    DueCount dueCount(UUID learner, Instant by) {
        return database.sql("""
                SELECT count(*) FILTER (WHERE state = 'REVIEW') AS graduated, count(*) FILTER (WHERE state <> 'REVIEW') AS learning
                FROM review.card WHERE learner_id = :learner AND due <= :by""")
                .param("learner", learner).param("by", utc(by))
                .query((row, number) -> new DueCount(row.getInt("graduated"), row.getInt("learning"))).single();
    }

    void save(Card card) {
        var memory = card.memory();
        database.sql("""
                UPDATE review.card SET state = :state, stability = :stability, difficulty = :difficulty, due = :due,
                    last_review = :lastReview, reps = :reps, lapses = :lapses, learning_steps = :steps,
                    scheduled_days = :scheduled, elapsed_days = :elapsed
                WHERE id = :id""")
                .param("state", memory.state().name()).param("stability", memory.stability())
                .param("difficulty", memory.difficulty()).param("due", utc(memory.due()))
                .param("lastReview", memory.lastReview() == null ? null : utc(memory.lastReview()))
                .param("reps", memory.reps()).param("lapses", memory.lapses()).param("steps", memory.learningSteps())
                .param("scheduled", memory.scheduledDays()).param("elapsed", memory.elapsedDays())
                .param("id", card.id())
                .update();
    }

    /**
     * Records a review of the card as it was and what it scheduled; false when this learner already
     * recorded one with this idempotency key.
     */
    boolean log(Card card, int rating, Instant reviewedAt, Memory scheduled, Instant now, @Nullable String idempotencyKey) {
        return database.sql("""
                INSERT INTO review.review_log (id, card_id, learner_id, rating, reviewed_at, recorded_at, idempotency_key,
                    prior_state, due, scheduled_days)
                VALUES (:id, :card, :learner, :rating, :reviewed, :now, :key, :state, :due, :scheduledDays)
                ON CONFLICT (learner_id, idempotency_key) DO NOTHING""")
                .param("id", Ids.newId()).param("card", card.id()).param("learner", card.learner())
                .param("rating", rating).param("reviewed", utc(reviewedAt)).param("now", utc(now))
                .param("key", idempotencyKey).param("state", card.memory().state().name())
                .param("due", utc(scheduled.due())).param("scheduledDays", scheduled.scheduledDays())
                .update() == 1;
    }

    /** How many reviews of graduated cards the learner has done since this instant (undone ones aside). */
    int graduatedReviewsSince(UUID learner, Instant since) {
        return database.sql("""
                SELECT count(*) FROM review.review_log
                WHERE learner_id = :learner AND reviewed_at >= :since AND prior_state = 'REVIEW' AND undone_at IS NULL""")
                .param("learner", learner).param("since", utc(since)).query(Integer.class).single();
    }

    /**
     * How many of the learner's cards (but one) fall due on each day of a range, days counted in
     * their time zone.
     */
    Map<LocalDate, Integer> dueOn(UUID learner, ZoneId zone, LocalDate first, LocalDate last, UUID except) {
        return database.sql("""
                SELECT (due AT TIME ZONE :zone)::date AS day, count(*) AS cards FROM review.card
                WHERE learner_id = :learner AND due >= :from AND due < :until AND id <> :except
                GROUP BY day""")
                .param("zone", zone.getId()).param("learner", learner).param("except", except)
                .param("from", first.atStartOfDay(zone).toOffsetDateTime())
                .param("until", last.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .query((row, number) -> Map.entry(row.getObject("day", LocalDate.class), row.getInt("cards")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Deletes every card of the learner with its log. */
    void forget(UUID learner) {
        database.sql("DELETE FROM review.card WHERE learner_id = :learner").param("learner", learner).update();
    }

    /**
     * Marks the learner's latest review undone and names its card; nothing when there is none to undo. Of
     * reviews recorded in the same instant, the latest is the one with the later id (ids are time-ordered).
     */
    Optional<Undone> undoLatest(UUID learner, Instant now) {
        return database.sql("""
                UPDATE review.review_log SET undone_at = :now WHERE id = (
                    SELECT id FROM review.review_log WHERE learner_id = :learner AND undone_at IS NULL
                    ORDER BY recorded_at DESC, id DESC LIMIT 1)
                RETURNING card_id, reviewed_at""")
                .param("now", utc(now)).param("learner", learner)
                .query((row, number) -> new Undone(row.getObject("card_id", UUID.class), row.getTimestamp("reviewed_at").toInstant()))
                .optional();
    }

    /** A review marked undone: its card, and the moment it was reviewed at. */
    record Undone(UUID card, Instant reviewedAt) {
    }

    /** The card a learner's idempotency key was used for, if it was. */
    Optional<UUID> cardOfKey(UUID learner, String idempotencyKey) {
        return database.sql("SELECT card_id FROM review.review_log WHERE learner_id = :learner AND idempotency_key = :key")
                .param("learner", learner).param("key", idempotencyKey).query(UUID.class).optional();
    }

    List<ReviewEntry> history(UUID card) {
        return database.sql("""
                SELECT rating, reviewed_at, recorded_at, prior_state, due, scheduled_days FROM review.review_log
                WHERE card_id = :card AND undone_at IS NULL
                ORDER BY reviewed_at, recorded_at, id""")
                .param("card", card)
                .query((row, number) -> {
                    var due = row.getTimestamp("due");
                    return new ReviewEntry(row.getInt("rating"), row.getTimestamp("reviewed_at").toInstant(),
                            row.getTimestamp("recorded_at").toInstant(), row.getString("prior_state"),
                            due == null ? null : due.toInstant(), row.getObject("scheduled_days", Integer.class));
                })
                .list();
    }

    private static Card card(ResultSet row, int number) throws SQLException {
        var lastReview = row.getTimestamp("last_review");
        return new Card(row.getObject("id", UUID.class), row.getObject("learner_id", UUID.class), row.getString("roadmap"),
                row.getString("question_slug"), row.getTimestamp("created_at").toInstant(),
                new Memory(CardState.valueOf(row.getString("state")), row.getDouble("stability"),
                        row.getDouble("difficulty"), row.getTimestamp("due").toInstant(),
                        lastReview == null ? null : lastReview.toInstant(), row.getInt("reps"), row.getInt("lapses"),
                        row.getInt("learning_steps"), row.getInt("scheduled_days"), row.getInt("elapsed_days")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
