package uz.roadmap.review;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A learner's card as the API shows it.
 *
 * @param retrievability the probability of recalling it now, 0 to 1 (0 for a new card)
 */
public record CardView(UUID id, String roadmap, String question, String state, double stability, double difficulty,
        Instant due, @Nullable Instant lastReview, int reps, int lapses, double retrievability) {
}
