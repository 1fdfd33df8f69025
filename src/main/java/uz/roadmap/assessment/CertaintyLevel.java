package uz.roadmap.assessment;

import uz.roadmap.assessment.Certainty.Calibration;

/**
 * The answers given at one certainty, how often they were right, and the range of accuracy in which
 * that certainty pays best: a calibrated learner's accuracy falls inside it.
 *
 * @param certainty 1 low, 2 medium, 3 high
 * @param accuracyPercent right answers in percent of {@code answers}
 */
public record CertaintyLevel(int certainty, int answers, int right, int accuracyPercent, int paysFromPercent,
        int paysToPercent, Calibration calibration) {
}
