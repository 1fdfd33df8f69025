package uz.roadmap.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uz.roadmap.assessment.SelfTestSubmitted;
import uz.roadmap.review.AnswerSubmitted;
import uz.roadmap.review.CardReviewed;
import uz.roadmap.review.ReviewUndone;

/**
 * The progress read model: the facts other modules' events carried, in the {@code progress}
 * schema. Every write is keyed by the identity its event carries, so recording an event twice
 * changes nothing, and the order events arrive in does not change the result.
 */
@Repository
class EvidenceLog {

    private final JdbcClient database;

    EvidenceLog(JdbcClient database) {
        this.database = database;
    }

    /**
     * Records a review; false when it was recorded before, or undone. Reviews of one card, and their
     * undoing, queue on the card.
     */
    boolean record(CardReviewed review, ZoneId zone) {
        lock(review.card());
        if (database.sql("SELECT EXISTS (SELECT 1 FROM progress.undone_review WHERE card_id = :card AND reviewed_at = :at)")
                .param("card", review.card()).param("at", utc(review.reviewedAt())).query(Boolean.class).single()) {
            return false;
        }
        database.sql("""
                INSERT INTO progress.card (card_id, learner_id, roadmap, question, stability, last_review, due)
                VALUES (:card, :learner, :roadmap, :question, :stability, :at, :due)
                ON CONFLICT (card_id) DO UPDATE SET stability = excluded.stability, last_review = excluded.last_review,
                    due = excluded.due
                WHERE progress.card.last_review < excluded.last_review""")
                .param("card", review.card()).param("learner", review.learner()).param("roadmap", review.roadmap())
                .param("question", review.question()).param("stability", review.stability())
                .param("at", utc(review.reviewedAt())).param("due", utc(review.due()))
                .update();
        var inserted = database.sql("""
                INSERT INTO progress.review (card_id, reviewed_at, learner_id, rating, due, graduated)
                SELECT :card, :at, :learner, :rating, :due, coalesce((
                    SELECT earlier.due - earlier.reviewed_at >= interval '1 day' FROM progress.review earlier
                    WHERE earlier.card_id = :card AND earlier.reviewed_at < :at
                    ORDER BY earlier.reviewed_at DESC LIMIT 1), false)
                ON CONFLICT DO NOTHING""")
                .param("card", review.card()).param("at", utc(review.reviewedAt())).param("learner", review.learner())
                .param("rating", review.rating()).param("due", utc(review.due()))
                .update() == 1;
        if (!inserted) {
            return false;
        }
        database.sql("""
                UPDATE progress.review SET graduated = (:due - :at >= interval '1 day')
                WHERE card_id = :card AND reviewed_at = (
                    SELECT min(later.reviewed_at) FROM progress.review later WHERE later.card_id = :card AND later.reviewed_at > :at)""")
                .param("card", review.card()).param("at", utc(review.reviewedAt())).param("due", utc(review.due()))
                .update();
        count(review.learner(), review.reviewedAt().atZone(zone).toLocalDate(), "reviews");
        return true;
    }

    /**
     * Takes back an undone review: it no longer counts in the day's activity or in true retention,
     * and the card is back at the state its remaining reviews give (unless a later review has been
     * recorded since). False when the review was not recorded, or was taken back before.
     */
    boolean record(ReviewUndone undone, ZoneId zone) {
        lock(undone.card());
        var at = utc(undone.reviewedAt());
        database.sql("""
                INSERT INTO progress.undone_review (card_id, reviewed_at, learner_id) VALUES (:card, :at, :learner)
                ON CONFLICT DO NOTHING""")
                .param("card", undone.card()).param("at", at).param("learner", undone.learner()).update();
        var taken = database.sql("DELETE FROM progress.review WHERE card_id = :card AND reviewed_at = :at")
                .param("card", undone.card()).param("at", at).update() == 1;
        var last = undone.lastReview();
        if (last == null) {
            database.sql("DELETE FROM progress.card WHERE card_id = :card AND last_review = :at")
                    .param("card", undone.card()).param("at", at).update();
        }
        else {
            database.sql("""
                    UPDATE progress.card SET stability = :stability, last_review = :last, due = :due
                    WHERE card_id = :card AND last_review = :at""")
                    .param("stability", undone.stability()).param("last", utc(last))
                    .param("due", utc(undone.due())).param("card", undone.card()).param("at", at)
                    .update();
        }
        if (taken) {
            database.sql("""
                    UPDATE progress.activity_day SET reviews = reviews - 1
                    WHERE learner_id = :learner AND day = :day AND reviews > 0""")
                    .param("learner", undone.learner()).param("day", undone.reviewedAt().atZone(zone).toLocalDate())
                    .update();
        }
        return taken;
    }

    /** Holds the card until the transaction ends, so that a review and its undoing are recorded one after the other. */
    private void lock(UUID card) {
        database.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", card.getMostSignificantBits() ^ card.getLeastSignificantBits()).query().listOfRows();
    }

    /** Records a rated answer; false when it was recorded before. */
    boolean record(AnswerSubmitted answer, ZoneId zone) {
        var inserted = database.sql("""
                INSERT INTO progress.answer (answer_id, learner_id, roadmap, question, covered, key_points, rating, answered_at)
                VALUES (:answer, :learner, :roadmap, :question, :covered, :keyPoints, :rating, :at)
                ON CONFLICT DO NOTHING""")
                .param("answer", answer.answer()).param("learner", answer.learner()).param("roadmap", answer.roadmap())
                .param("question", answer.question()).param("covered", answer.coveredPoints().size())
                .param("keyPoints", answer.keyPoints()).param("rating", answer.rating()).param("at", utc(answer.at()))
                .update() == 1;
        if (inserted) {
            count(answer.learner(), answer.at().atZone(zone).toLocalDate(), "answers");
        }
        return inserted;
    }

    private void count(UUID learner, LocalDate day, String column) {
        database.sql("INSERT INTO progress.activity_day (learner_id, day, " + column + ") VALUES (:learner, :day, 1) "
                + "ON CONFLICT (learner_id, day) DO UPDATE SET " + column + " = progress.activity_day." + column + " + 1")
                .param("learner", learner).param("day", day).update();
    }

    /** Records each topic's score in a closed self-test attempt; nothing new when recorded before. */
    void record(SelfTestSubmitted submitted) {
        for (var topic : submitted.topics()) {
            database.sql("""
                    INSERT INTO progress.self_test (attempt_id, topic, learner_id, roadmap, week, right_items, items, percent,
                        cbm, submitted_at)
                    VALUES (:attempt, :topic, :learner, :roadmap, :week, :right, :items, :percent, :cbm, :at)
                    ON CONFLICT DO NOTHING""")
                    .param("attempt", submitted.attempt()).param("topic", topic.topic())
                    .param("learner", submitted.learner()).param("roadmap", submitted.roadmap())
                    .param("week", submitted.week()).param("right", topic.score().right())
                    .param("items", topic.score().items()).param("percent", topic.score().percent())
                    .param("cbm", topic.score().cbm()).param("at", utc(submitted.submittedAt()))
                    .update();
        }
    }

    /**
     * Records an outcome of another kind of evidence (a lab, a mock interview, a sign-off) for one
     * topic; a later outcome from the same source (a regrading) replaces an earlier one.
     */
    void record(EvidenceKind kind, UUID source, String topic, UUID learner, String roadmap, String subject, boolean passed,
            int percent, Instant at) {
        database.sql("""
                INSERT INTO progress.outcome (kind, source_id, topic, learner_id, roadmap, subject, passed, percent, at)
                VALUES (:kind, :source, :topic, :learner, :roadmap, :subject, :passed, :percent, :at)
                ON CONFLICT (kind, source_id, topic) DO UPDATE SET subject = excluded.subject, passed = excluded.passed,
                    percent = excluded.percent, at = excluded.at
                WHERE progress.outcome.at < excluded.at""")
                .param("kind", kind.name()).param("source", source).param("topic", topic).param("learner", learner)
                .param("roadmap", roadmap).param("subject", subject).param("passed", passed).param("percent", percent)
                .param("at", utc(at))
                .update();
    }

    /** A card as progress knows it. */
    record Card(String question, double stability, Instant lastReview, Instant due) {
    }

    List<Card> cards(UUID learner, String roadmap) {
        return database.sql("""
                SELECT question, stability, last_review, due FROM progress.card WHERE learner_id = :learner AND roadmap = :roadmap""")
                .param("learner", learner).param("roadmap", roadmap)
                .query((row, number) -> new Card(row.getString("question"), row.getDouble("stability"),
                        row.getTimestamp("last_review").toInstant(), row.getTimestamp("due").toInstant()))
                .list();
    }

    /** The best-covering rated answer to each question the learner answered. */
    Map<String, Levels.Answer> bestAnswers(UUID learner, String roadmap) {
        return database.sql("""
                SELECT DISTINCT ON (question) question,
                    CASE WHEN key_points = 0 THEN 100 ELSE covered * 100 / key_points END AS coverage, answered_at
                FROM progress.answer WHERE learner_id = :learner AND roadmap = :roadmap
                ORDER BY question, coverage DESC, answered_at DESC""")
                .param("learner", learner).param("roadmap", roadmap)
                .query((row, number) -> new Levels.Answer(row.getString("question"), row.getInt("coverage"),
                        row.getTimestamp("answered_at").toInstant()))
                .list().stream().collect(Collectors.toMap(Levels.Answer::question, answer -> answer));
    }

    /** The latest self-test score of each topic. */
    Map<String, Levels.SelfTestScore> latestSelfTests(UUID learner, String roadmap) {
        return database.sql("""
                SELECT DISTINCT ON (topic) topic, week, percent, cbm, submitted_at FROM progress.self_test
                WHERE learner_id = :learner AND roadmap = :roadmap
                ORDER BY topic, submitted_at DESC""")
                .param("learner", learner).param("roadmap", roadmap)
                .query((row, number) -> new Levels.SelfTestScore(row.getString("topic"), row.getInt("week"),
                        row.getInt("percent"), row.getInt("cbm"), row.getTimestamp("submitted_at").toInstant()))
                .list().stream().collect(Collectors.toMap(Levels.SelfTestScore::topic, score -> score));
    }

    List<Levels.Outcome> outcomes(UUID learner, String roadmap) {
        return database.sql("""
                SELECT kind, topic, subject, passed, percent, at FROM progress.outcome
                WHERE learner_id = :learner AND roadmap = :roadmap""")
                .param("learner", learner).param("roadmap", roadmap)
                .query((row, number) -> new Levels.Outcome(EvidenceKind.valueOf(row.getString("kind")), row.getString("topic"),
                        row.getString("subject"), row.getBoolean("passed"), row.getInt("percent"),
                        row.getTimestamp("at").toInstant()))
                .list();
    }

    /** One day of activity. */
    record Day(LocalDate day, int reviews, int answers) {
    }

    List<Day> days(UUID learner, LocalDate from, LocalDate to) {
        return database.sql("""
                SELECT day, reviews, answers FROM progress.activity_day
                WHERE learner_id = :learner AND day BETWEEN :from AND :to ORDER BY day""")
                .param("learner", learner).param("from", from).param("to", to)
                .query((row, number) -> new Day(row.getObject("day", LocalDate.class), row.getInt("reviews"),
                        row.getInt("answers")))
                .list();
    }

    /** The learner's latest day with any activity. */
    java.util.Optional<LocalDate> lastActive(UUID learner) {
        return database.sql("SELECT max(day) FROM progress.activity_day WHERE learner_id = :learner")
                .param("learner", learner).query(LocalDate.class).optional();
    }

    /** Reviews of graduated cards since an instant, and how many of them were recalled (not rated Again). */
    record Retention(int reviews, int recalled) {
    }

    Retention retention(UUID learner, Instant since) {
        return database.sql("""
                SELECT count(*) AS reviews, count(*) FILTER (WHERE rating > 1) AS recalled FROM progress.review
                WHERE learner_id = :learner AND reviewed_at >= :since AND graduated""")
                .param("learner", learner).param("since", utc(since))
                .query((row, number) -> new Retention(row.getInt("reviews"), row.getInt("recalled"))).single();
    }

    /** How many of the learner's cards fall due on each day of a range (overdue ones on its first day). */
    Map<LocalDate, Integer> dueByDay(UUID learner, ZoneId zone, LocalDate first, LocalDate last) {
        return database.sql("""
                SELECT greatest((due AT TIME ZONE :zone)::date, :first) AS day, count(*) AS cards FROM progress.card
                WHERE learner_id = :learner AND due < :until GROUP BY 1""")
                .param("zone", zone.getId()).param("first", first).param("learner", learner)
                .param("until", last.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .query((row, number) -> Map.entry(row.getObject("day", LocalDate.class), row.getInt("cards")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    int streakMinimum(UUID learner, int standard) {
        return database.sql("SELECT streak_minimum FROM progress.settings WHERE learner_id = :learner")
                .param("learner", learner).query(Integer.class).optional().orElse(standard);
    }

    void chooseStreakMinimum(UUID learner, int minimum) {
        database.sql("""
                INSERT INTO progress.settings (learner_id, streak_minimum) VALUES (:learner, :minimum)
                ON CONFLICT (learner_id) DO UPDATE SET streak_minimum = excluded.streak_minimum""")
                .param("learner", learner).param("minimum", minimum).update();
    }

    private static final List<String> FACT_TABLES = List.of("card", "review", "activity_day", "answer", "self_test", "outcome");

    /** Deletes what the events told of the learner (their settings stay). */
    void clearFacts(UUID learner) {
        FACT_TABLES.forEach(table -> database.sql("DELETE FROM progress." + table + " WHERE learner_id = :learner")
                .param("learner", learner).update());
    }

    /** Deletes every fact of every learner. */
    void clearAllFacts() {
        database.sql("TRUNCATE " + FACT_TABLES.stream().map(table -> "progress." + table).collect(Collectors.joining(", ")))
                .update();
    }

    /** Deletes everything kept about the learner, settings too. */
    void forget(UUID learner) {
        clearFacts(learner);
        database.sql("DELETE FROM progress.undone_review WHERE learner_id = :learner").param("learner", learner).update();
        database.sql("DELETE FROM progress.settings WHERE learner_id = :learner").param("learner", learner).update();
    }

    /** Every row kept about the learner, table by table, in a stable order: for their data download and for checks. */
    Map<String, List<Map<String, Object>>> everything(UUID learner) {
        var all = new java.util.LinkedHashMap<String, List<Map<String, Object>>>();
        for (var table : FACT_TABLES) {
            all.put(table, database.sql("SELECT * FROM progress." + table + " WHERE learner_id = :learner ORDER BY 1, 2")
                    .param("learner", learner).query().listOfRows());
        }
        all.put("settings", database.sql("SELECT * FROM progress.settings WHERE learner_id = :learner")
                .param("learner", learner).query().listOfRows());
        return all;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
