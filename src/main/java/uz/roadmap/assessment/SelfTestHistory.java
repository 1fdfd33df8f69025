package uz.roadmap.assessment;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What this module has published, told again from its own records: the {@link SelfTestSubmitted}
 * event of every closed attempt. Read models that listen to that event are rebuilt from it.
 */
@Service
public class SelfTestHistory {

    private final Attempts attempts;
    private final JdbcClient database;

    SelfTestHistory(Attempts attempts, JdbcClient database) {
        this.attempts = attempts;
        this.database = database;
    }

    /** Every learner who has closed an attempt. */
    public List<UUID> learners() {
        return database.sql("SELECT DISTINCT learner_id FROM assessment.attempt WHERE status <> 'STARTED'")
                .query(UUID.class).list();
    }

    /** The event each of the learner's closed attempts published, oldest first. */
    @Transactional(readOnly = true)
    public List<SelfTestSubmitted> submitted(UUID learner) {
        return attempts.findByLearnerOrderByStartedAt(learner).stream()
                .filter(attempt -> !attempt.isOpen())
                .map(attempt -> new SelfTestSubmitted(attempt.id(), learner, attempt.roadmap(), attempt.week(),
                        Marking.score(attempt.paper().items()), Marking.byTopic(attempt.paper().items()),
                        attempt.status() == AttemptStatus.EXPIRED, Objects.requireNonNull(attempt.submittedAt())))
                .toList();
    }
}
