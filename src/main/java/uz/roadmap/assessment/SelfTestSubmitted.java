package uz.roadmap.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A learner's self-test attempt was submitted and marked: by the learner, or by the server when its
 * time ran out ({@code expired}).
 *
 * @param score the plain and the certainty-based score of the whole attempt
 * @param topics the same for each topic the attempt covered, with the learner's calibration on it
 */
@Externalized("roadmap.events::assessment.self-test-submitted")
public record SelfTestSubmitted(UUID attempt, UUID learner, String roadmap, int week, Score score, List<TopicScore> topics,
        boolean expired, Instant submittedAt) {
}
