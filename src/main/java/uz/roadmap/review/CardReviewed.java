package uz.roadmap.review;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A learner rated their recall of a card (1 Again … 4 Easy) at a moment.
 */
@Externalized("roadmap.events::review.card-reviewed")
public record CardReviewed(UUID card, UUID learner, String roadmap, String question, int rating, Instant reviewedAt,
        double stability, double difficulty, Instant due) {
}
