package uz.roadmap.review.scheduling;

/**
 * Where a card is in its life: never reviewed, in its first learning steps, in long-term review,
 * or relearning after a lapse.
 */
public enum CardState {
    NEW, LEARNING, REVIEW, RELEARNING
}
