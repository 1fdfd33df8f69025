package uz.roadmap.progress;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uz.roadmap.shared.LocalizedText;

/**
 * Where a learner stands on one topic of the competency matrix, with the evidence behind it.
 *
 * @param level the level the evidence holds up now (0 to 3)
 * @param reached the level the evidence would hold up if the learner recalled everything they once
 *        answered well; above {@code level} while the topic is slipping
 * @param toNext how far toward the next level, 0 to 1 (1 at level 3)
 * @param levels levels 1 to 3, each with what it asks and what of it is met
 */
public record TopicProgress(String topic, int week, LocalizedText title, int level, int reached, double toNext,
        List<LevelCheck> levels) {

    /** The topic was at a higher level and recall has decayed below the threshold since. */
    public boolean slipping() {
        return reached > level;
    }

    /** One level: met when every requirement is. */
    public record LevelCheck(int level, boolean met, List<Requirement> requirements) {

        /** Met but for evidence no module gathers yet. */
        public boolean notYetAvailable() {
            return requirements.stream().anyMatch(requirement -> requirement.status() == Status.NOT_YET_AVAILABLE);
        }
    }

    public enum Status {
        MET, MISSING, NOT_YET_AVAILABLE
    }

    /**
     * One requirement of a level, as the roadmap's rules state it, checked against the evidence.
     *
     * @param kind {@code questions}, {@code selfTest}, {@code labs} or {@code mockInterview}
     * @param done how much of it is met, 0 to 1
     * @param evidence the facts that meet it
     * @param actions what the learner can do to meet it
     */
    public record Requirement(String kind, Status status, double done, List<Evidence> evidence, List<Action> actions) {
    }

    /**
     * A fact that meets a requirement.
     *
     * @param kind {@code answer} (subject: the question), {@code selfTest} (subject: the week),
     *        {@code lab} (the task), {@code mockInterview} or {@code signOff}
     * @param percent the answer's key-point coverage, or the score
     * @param recall for an answer, the learner's recall of its question now, in percent
     * @param cbm for a self-test, the certainty-based marks of the topic's items
     */
    public record Evidence(String kind, String subject, int percent, @Nullable Integer recall, @Nullable Integer cbm,
            @Nullable Instant at) {
    }

    /**
     * Something the learner can do toward a level.
     *
     * @param kind {@code answer-questions} (count more, subject: the difficulty), {@code answer-question}
     *        (subject: the question), {@code review-question} (recall slipped), {@code take-self-test}
     *        (subject: the week), {@code pass-lab} (the task), {@code mock-interview}
     */
    public record Action(String kind, String subject, int count) {
    }
}
