package uz.roadmap.assessment;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What this module has published about mock interviews, told again from its own records: the
 * {@link MockInterviewCompleted} events of every completed mock (the learner's grading, and the
 * mentor's latest). Read models that listen to that event are rebuilt from it.
 */
@Service
public class MockInterviewHistory {

    private final Mocks mocks;
    private final JdbcClient database;

    MockInterviewHistory(Mocks mocks, JdbcClient database) {
        this.mocks = mocks;
        this.database = database;
    }

    /** Every learner who has completed a mock interview. */
    public List<UUID> learners() {
        return database.sql("SELECT DISTINCT learner_id FROM assessment.mock_interview WHERE status = 'COMPLETED'")
                .query(UUID.class).list();
    }

    /** The completions of the learner's mock interviews, oldest mock first. */
    @Transactional(readOnly = true)
    public List<MockInterviewCompleted> completed(UUID learner) {
        return mocks.findByLearnerOrderByStartedAt(learner).stream().flatMap(mock -> mock.completions().stream()).toList();
    }
}
