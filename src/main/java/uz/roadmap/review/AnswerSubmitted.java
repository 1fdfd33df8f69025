package uz.roadmap.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A learner confirmed which key points their written answer covered, and rated it.
 */
@Externalized("roadmap.events::review.answer-submitted")
public record AnswerSubmitted(UUID answer, UUID learner, String roadmap, String question, List<Integer> coveredPoints,
        int keyPoints, int rating, Instant at) {
}
