package uz.roadmap.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/**
 * All mock interviews.
 */
interface Mocks extends Repository<MockInterview, UUID> {

    MockInterview save(MockInterview mock);

    /** The mock, locked for the rest of the transaction so that concurrent changes to it queue up. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<MockInterview> findById(UUID id);

    @Query("""
            SELECT * FROM assessment.mock_interview
            WHERE learner_id = :learner AND status IN ('STARTED', 'ANSWERING') FOR UPDATE""")
    Optional<MockInterview> findOpen(UUID learner);

    Optional<MockInterview> findByLearnerAndStartKey(UUID learner, String startKey);

    List<MockInterview> findByLearnerOrderByStartedAt(UUID learner);

    /** Mocks with recordings made before this instant: the ones a retention period has run out for. */
    @Query("""
            SELECT id FROM assessment.mock_interview
            WHERE started_at < :before AND jsonb_path_exists(sheet, '$.questions[*].recording.key')""")
    List<UUID> withRecordingsBefore(Instant before);

    /** Holds the learner's lock on starting mocks until the transaction ends: two starts at once take turns. */
    @Query("SELECT true FROM pg_advisory_xact_lock(hashtextextended('assessment.mock_interview:' || CAST(:learner AS text), 0))")
    boolean lockStartsOf(UUID learner);

    @Modifying
    @Query("DELETE FROM assessment.mock_interview WHERE learner_id = :learner")
    void deleteByLearner(UUID learner);
}
