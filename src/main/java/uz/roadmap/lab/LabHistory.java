package uz.roadmap.lab;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Curriculum;

/**
 * What this module has published, told again from its own records: the {@link LabAttempted} event
 * of every judged submission. Read models that listen to that event are rebuilt from it.
 */
@Service
public class LabHistory {

    private final Submissions submissions;
    private final Curriculum curriculum;
    private final JdbcClient database;

    LabHistory(Submissions submissions, Curriculum curriculum, JdbcClient database) {
        this.submissions = submissions;
        this.curriculum = curriculum;
        this.database = database;
    }

    /** Every learner with a judged submission. */
    public List<UUID> learners() {
        return database.sql("SELECT DISTINCT learner_id FROM lab.submission WHERE status = 'JUDGED'").query(UUID.class).list();
    }

    /** The event each of the learner's judged submissions published, oldest first; topics are the lab's as it is now. */
    @Transactional(readOnly = true)
    public List<LabAttempted> attempted(UUID learner) {
        return submissions.findByLearnerOrderBySubmittedAt(learner).stream()
                .map(Submission::view)
                .filter(view -> !view.pending())
                .map(view -> new LabAttempted(view.id(), learner, view.roadmap(), view.lab(),
                        curriculum.lab(view.roadmap(), view.lab()).map(Task::topics).orElse(List.of()),
                        Objects.requireNonNull(view.verdict()), Objects.requireNonNull(view.judgedAt())))
                .toList();
    }
}
