package uz.roadmap.assessment;

import uz.roadmap.assessment.Certainty.Calibration;

/**
 * How the items of one topic went in an attempt, and whether the learner's certainty on them
 * matched how often they were right.
 */
public record TopicScore(String topic, Score score, Calibration calibration) {
}
