package uz.roadmap.review;

import java.time.Instant;

import uz.roadmap.review.scheduling.CardState;
import uz.roadmap.review.scheduling.Fsrs;
import uz.roadmap.review.scheduling.FsrsParameters;
import uz.roadmap.review.scheduling.Memory;

/**
 * The FSRS forgetting curve, for modules that keep a card's stability and last review (as
 * {@link CardReviewed} reports them) and need the probability of recalling it at some moment.
 */
public final class Forgetting {

    private static final Fsrs FSRS = new Fsrs(FsrsParameters.defaults());

    private Forgetting() {
    }

    /** The probability, 0 to 1, of recalling a card of this stability reviewed last at {@code lastReview}, at {@code at}. */
    public static double retrievability(double stability, Instant lastReview, Instant at) {
        if (stability <= 0) {
            return 0;
        }
        return FSRS.retrievability(new Memory(CardState.REVIEW, stability, 5, at, lastReview, 1, 0, 0, 0, 0), at);
    }
}
