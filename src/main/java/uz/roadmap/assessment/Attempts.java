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
 * All self-test attempts.
 */
interface Attempts extends Repository<Attempt, UUID> {

    Attempt save(Attempt attempt);

    /** The learner's attempt, locked for the rest of the transaction so that concurrent changes to it queue up. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Attempt> findByIdAndLearner(UUID id, UUID learner);

    @Query("""
            SELECT * FROM assessment.attempt
            WHERE learner_id = :learner AND roadmap = :roadmap AND week = :week AND status = 'STARTED'
            FOR UPDATE""")
    Optional<Attempt> findOpen(UUID learner, String roadmap, int week);

    Optional<Attempt> findByLearnerAndStartKey(UUID learner, String startKey);

    List<Attempt> findByLearnerAndRoadmapOrderByStartedAt(UUID learner, String roadmap);

    List<Attempt> findByLearnerOrderByStartedAt(UUID learner);

    /** Open attempts whose time ran out before this instant. */
    @Query("SELECT id FROM assessment.attempt WHERE status = 'STARTED' AND deadline <= :now")
    List<UUID> overdue(Instant now);

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Attempt> findById(UUID id);

    /**
     * Holds, until the transaction ends, the learner's lock on starting attempts: two requests to start
     * one at the same time (two tabs, a retry) take turns, so the second resumes what the first started.
     */
    @Query("SELECT true FROM pg_advisory_xact_lock(hashtextextended('assessment.attempt:' || CAST(:learner AS text), 0))")
    boolean lockStartsOf(UUID learner);

    @Modifying
    @Query("DELETE FROM assessment.attempt WHERE learner_id = :learner")
    void deleteByLearner(UUID learner);
}
