package uz.roadmap.review;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * A learner undid their latest review of a card: the review at {@code reviewedAt} no longer counts,
 * and the card is back in the state its remaining reviews give ({@code lastReview} null when none
 * remains).
 */
@Externalized("roadmap.events::review.review-undone")
public record ReviewUndone(UUID card, UUID learner, String roadmap, String question, Instant reviewedAt, double stability,
        @Nullable Instant lastReview, Instant due) {
}
