package uz.roadmap.plan.timer;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import uz.roadmap.plan.TimerStatus;
import uz.roadmap.shared.Ids;

/**
 * Local mode: timers and the time they count go straight to PostgreSQL, in one transaction per change.
 */
class DatabaseTimerStore implements TimerStore {

    private final JdbcClient database;
    private final StudyLog log;
    private final TransactionOperations transactions;

    DatabaseTimerStore(JdbcClient database, StudyLog log, TransactionOperations transactions) {
        this.database = database;
        this.log = log;
        this.transactions = transactions;
    }

    @Override
    public Timer timer(UUID learner) {
        return database.sql("SELECT status, running_since, last_beat, version FROM plan.study_timer WHERE learner_id = :learner")
                .param("learner", learner)
                .query((row, number) -> new Timer(TimerStatus.valueOf(row.getString("status")),
                        instant(row.getObject("running_since", OffsetDateTime.class)),
                        instant(row.getObject("last_beat", OffsetDateTime.class)), row.getLong("version")))
                .optional().orElseGet(Timer::unused);
    }

    @Override
    public boolean save(UUID learner, Timer before, Timer.Change change) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            var next = change.timer();
            var sql = before.version() == 0 ? """
                    INSERT INTO plan.study_timer (learner_id, status, running_since, last_beat, version)
                    VALUES (:learner, :status, :since, :beat, :version)
                    ON CONFLICT (learner_id) DO NOTHING""" : """
                    UPDATE plan.study_timer SET status = :status, running_since = :since, last_beat = :beat, version = :version
                    WHERE learner_id = :learner AND version = :before""";
            var saved = database.sql(sql).param("learner", learner).param("status", next.status().name())
                    .param("since", next.runningSince() == null ? null : StudyLog.utc(next.runningSince()))
                    .param("beat", next.lastBeat() == null ? null : StudyLog.utc(next.lastBeat()))
                    .param("version", next.version()).param("before", before.version())
                    .update() == 1;
            if (saved) {
                log.record(change.studied().stream()
                        .map(stretch -> new StudyLog.Entry(Ids.newId().toString(), learner, stretch)).toList());
            }
            return saved;
        }));
    }

    @Override
    public Duration studied(UUID learner, LocalDate day) {
        return log.studied(learner, day);
    }

    @Override
    public void forget(UUID learner) {
        transactions.executeWithoutResult(status -> {
            database.sql("DELETE FROM plan.study_timer WHERE learner_id = :learner").param("learner", learner).update();
            log.forget(learner);
        });
    }

    private static java.time.@Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
