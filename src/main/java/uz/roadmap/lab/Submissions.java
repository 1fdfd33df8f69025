package uz.roadmap.lab;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** All lab submissions. */
interface Submissions extends Repository<Submission, UUID> {

    Submission save(Submission submission);

    Optional<Submission> findById(UUID id);

    Optional<Submission> findByIdAndLearner(UUID id, UUID learner);

    List<Submission> findByLearnerOrderBySubmittedAt(UUID learner);

    @Query("""
            SELECT * FROM lab.submission
            WHERE learner_id = :learner AND roadmap = :roadmap AND lab = :lab
            ORDER BY submitted_at DESC LIMIT :limit""")
    List<Submission> latest(UUID learner, String roadmap, String lab, int limit);

    /** The labs the learner has solved (an accepted submission). */
    @Query("SELECT DISTINCT lab FROM lab.submission WHERE learner_id = :learner AND roadmap = :roadmap AND verdict = 'ACCEPTED'")
    List<String> solved(UUID learner, String roadmap);

    /** Submissions still waiting for a verdict that were received before this instant, oldest first. */
    @Query("SELECT id FROM lab.submission WHERE status = 'PENDING' AND submitted_at < :before ORDER BY submitted_at LIMIT 100")
    List<UUID> waiting(Instant before);

    @Query("SELECT count(*) FROM lab.submission WHERE status = 'PENDING'")
    long pendingCount();

    @Modifying
    @Query("DELETE FROM lab.submission WHERE learner_id = :learner")
    void deleteByLearner(UUID learner);
}
