package uz.roadmap.review.scheduling;

import java.time.Duration;
import java.util.List;

/**
 * The settings of the scheduler.
 *
 * @param weights the 21 FSRS-6 weights
 * @param requestRetention the recall probability at which a card falls due (0.70 to 0.97)
 * @param maximumInterval the longest interval, in days
 * @param learningSteps the steps of a new card before it graduates to review (default 1 m, 10 m)
 * @param relearningSteps the steps of a lapsed card (default 10 m)
 * @param enableFuzz whether intervals from 2.5 days up are spread a little, deterministically per card
 */
public record FsrsParameters(double[] weights, double requestRetention, int maximumInterval,
        List<Duration> learningSteps, List<Duration> relearningSteps, boolean enableFuzz) {

    /** The FSRS-6 default weights, as trained on a large collection of Anki reviews. */
    static final double[] DEFAULT_WEIGHTS = { 0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
            0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542 };

    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;

    public FsrsParameters {
        if (weights.length != 21) {
            throw new IllegalArgumentException("FSRS-6 has 21 weights, not " + weights.length);
        }
        if (!(requestRetention > 0 && requestRetention <= 1)) {
            throw new IllegalArgumentException("Retention must be in (0, 1], not " + requestRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("The maximum interval is at least one day");
        }
        weights = weights.clone();
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS, 0.9, 36500, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), false);
    }

    public FsrsParameters withRequestRetention(double retention) {
        return new FsrsParameters(weights, retention, maximumInterval, learningSteps, relearningSteps, enableFuzz);
    }

    public FsrsParameters withMaximumInterval(int days) {
        return new FsrsParameters(weights, requestRetention, days, learningSteps, relearningSteps, enableFuzz);
    }

    public FsrsParameters withFuzz(boolean fuzz) {
        return new FsrsParameters(weights, requestRetention, maximumInterval, learningSteps, relearningSteps, fuzz);
    }

    double w(int index) {
        return weights[index];
    }
}
