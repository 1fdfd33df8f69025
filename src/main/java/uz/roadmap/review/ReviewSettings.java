package uz.roadmap.review;

import java.time.DayOfWeek;
import java.util.Set;

import uz.roadmap.review.scheduling.FsrsParameters;

/**
 * How a learner wants their reviews scheduled.
 *
 * @param desiredRetention the probability of recall at which a card falls due, 0.70 to 0.97: higher
 *        means more reviews and better memory
 * @param dailyReviewLimit at most this many reviews of graduated (REVIEW) cards a day; learning cards
 *        are always shown
 * @param loadBalancing whether reviews of a few days or more move inside their fuzz range toward
 *        lighter days
 * @param easyDays weekdays that get as few reviews as possible (not every day)
 */
public record ReviewSettings(double desiredRetention, int dailyReviewLimit, boolean loadBalancing,
        Set<DayOfWeek> easyDays) {

    public static final int MAX_DAILY_REVIEW_LIMIT = 9999;

    public static final ReviewSettings DEFAULTS = new ReviewSettings(0.90, 200, true, Set.of());

    public ReviewSettings {
        if (!(desiredRetention >= FsrsParameters.MIN_RETENTION && desiredRetention <= FsrsParameters.MAX_RETENTION)) {
            throw new IllegalArgumentException("The desired retention is 0.70 to 0.97, not " + desiredRetention);
        }
        if (dailyReviewLimit < 1 || dailyReviewLimit > MAX_DAILY_REVIEW_LIMIT) {
            throw new IllegalArgumentException("The daily review limit is 1 to 9999, not " + dailyReviewLimit);
        }
        if (easyDays.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("At least one day of the week is not an easy day");
        }
        easyDays = Set.copyOf(easyDays);
    }
}
