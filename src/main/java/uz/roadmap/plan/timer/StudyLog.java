package uz.roadmap.plan.timer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The study time counted for learners, in PostgreSQL: one row per stretch, under the id of where it
 * came from (a Redis stream entry, or a new id when written straight through). Recording a stretch
 * again under the same id records nothing, which makes retried writes harmless.
 */
public class StudyLog {

    private final JdbcClient database;
    private final JdbcTemplate batches;
    private final TransactionOperations transactions;

    StudyLog(JdbcClient database, JdbcTemplate batches, TransactionOperations transactions) {
        this.database = database;
        this.batches = batches;
        this.transactions = transactions;
    }

    /** A stretch of a learner's, under the id of where it came from. */
    record Entry(String id, UUID learner, Stretch stretch) {
    }

    /** Records the entries in one transaction; those recorded before are left as they are. How many were new. */
    int record(List<Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        var counts = transactions.execute(status -> batches.batchUpdate("""
                INSERT INTO plan.study_time (id, learner_id, day, started_at, ended_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""", entries.stream().map(entry -> new Object[] { entry.id(), entry.learner(),
                entry.stretch().day(), utc(entry.stretch().from()), utc(entry.stretch().to()) }).toList()));
        var inserted = 0;
        for (var count : counts) {
            inserted += count;
        }
        return inserted;
    }

    /** The time recorded for the learner on that day. */
    Duration studied(UUID learner, LocalDate day) {
        return Duration.ofMillis(database.sql("""
                SELECT coalesce(round(extract(epoch FROM sum(ended_at - started_at)) * 1000), 0)::bigint
                FROM plan.study_time WHERE learner_id = :learner AND day = :day""")
                .param("learner", learner).param("day", day).query(Long.class).single());
    }

    /** Which of these ids are recorded. */
    Set<String> recorded(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(database.sql("SELECT id FROM plan.study_time WHERE id IN (:ids)").param("ids", ids)
                .query(String.class).list());
    }

    /** The learner's study time day by day, for their data download. */
    public record Day(LocalDate day, long minutes) {
    }

    public List<Day> days(UUID learner) {
        return database.sql("""
                SELECT day, floor(extract(epoch FROM sum(ended_at - started_at)) / 60)::bigint AS minutes
                FROM plan.study_time WHERE learner_id = :learner GROUP BY day ORDER BY day""")
                .param("learner", learner)
                .query((row, number) -> new Day(row.getObject("day", LocalDate.class), row.getLong("minutes"))).list();
    }

    void forget(UUID learner) {
        database.sql("DELETE FROM plan.study_time WHERE learner_id = :learner").param("learner", learner).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
