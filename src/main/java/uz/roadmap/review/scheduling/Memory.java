package uz.roadmap.review.scheduling;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The scheduling state of one card: what FSRS knows about the learner's memory of it and when it
 * is due next.
 *
 * @param stability days until recall probability falls to 90%
 * @param difficulty 1 (easy) to 10 (hard)
 * @param lastReview when it was last reviewed, or null while new
 * @param learningSteps how many learning (or relearning) steps are done
 * @param scheduledDays the interval the last review scheduled, in days
 * @param elapsedDays days between the last two reviews (UTC calendar days)
 */
public record Memory(CardState state, double stability, double difficulty, Instant due, @Nullable Instant lastReview,
        int reps, int lapses, int learningSteps, int scheduledDays, int elapsedDays) {

    /** A card the learner has not reviewed yet, due at once. */
    public static Memory newCard(Instant now) {
        return new Memory(CardState.NEW, 0, 0, now, null, 0, 0, 0, 0, 0);
    }

    /** The same memory, due at another instant, {@code scheduledDays} after its last review. */
    public Memory rescheduled(Instant due, int scheduledDays) {
        return new Memory(state, stability, difficulty, due, lastReview, reps, lapses, learningSteps, scheduledDays,
                elapsedDays);
    }
}
