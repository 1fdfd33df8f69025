package uz.roadmap.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A written answer as its author sees it.
 *
 * @param status DRAFT while being written, SUBMITTED once checked against the key points, RATED once confirmed
 * @param suggestedPoints the key points (by index) the system found covered
 * @param confirmedPoints the key points the learner confirmed covering
 * @param submittedAt when it was submitted; none while a draft
 */
public record AnswerView(UUID id, String roadmap, String question, String text, String status,
        List<Integer> suggestedPoints, @Nullable Integer suggestedRating, List<Integer> confirmedPoints,
        @Nullable Integer rating, Instant updatedAt, @Nullable Instant submittedAt) {

    public boolean rated() {
        return status.equals("RATED");
    }

    /** Submitted and waiting for the learner's self-check. */
    public boolean awaitingCheck() {
        return status.equals("SUBMITTED");
    }
}
