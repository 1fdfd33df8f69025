package uz.roadmap.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A mock interview was graded against its key points: by the learner, when they finished their
 * self-grading, or by a mentor of their cohort afterwards (stronger evidence, kept beside the
 * learner's own).
 *
 * @param gradedBy who graded: the learner, or the mentor
 * @param grader whether that was the learner themselves or their mentor
 * @param questions every question of the mock, with its topic and what the grader found covered
 */
@Externalized("roadmap.events::assessment.mock-interview-completed")
public record MockInterviewCompleted(UUID mock, UUID learner, String roadmap, int week, UUID gradedBy, Grader grader,
        List<QuestionCoverage> questions, Instant completedAt) {

    public enum Grader {
        LEARNER, MENTOR
    }

    /**
     * @param coverage the share of the question's key points covered, 0 to 1
     * @param essentialMissed the essential key points left uncovered, by index
     */
    public record QuestionCoverage(String question, String topic, int difficulty, int keyPoints, int covered,
            double coverage, List<Integer> essentialMissed, boolean answered) {
    }
}
