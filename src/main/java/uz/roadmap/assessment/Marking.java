package uz.roadmap.assessment;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import uz.roadmap.assessment.Certainty.Calibration;

/**
 * Marks a paper: the plain score, the certainty-based score, both per topic, and how well the
 * learner's certainty matched their accuracy (calibration).
 */
final class Marking {

    private Marking() {
    }

    static Score score(Collection<Paper.Item> items) {
        var right = (int) items.stream().filter(Paper.Item::isRight).count();
        var answered = (int) items.stream().filter(item -> item.response() != null).count();
        return Score.of(right, answered, items.size(), items.stream().mapToInt(Paper.Item::marks).sum());
    }

    /** Each topic's score and calibration, topics in alphabetical order of their slugs. */
    static List<TopicScore> byTopic(Collection<Paper.Item> items) {
        Map<String, List<Paper.Item>> topics = items.stream()
                .collect(Collectors.groupingBy(Paper.Item::topic, TreeMap::new, Collectors.toList()));
        return topics.entrySet().stream()
                .map(topic -> new TopicScore(topic.getKey(), score(topic.getValue()), calibration(topic.getValue())))
                .toList();
    }

    /** For every certainty, the answers given at it and how often they were right. */
    static List<CertaintyLevel> byCertainty(Collection<Paper.Item> items) {
        return Arrays.stream(Certainty.values()).map(certainty -> {
            var given = items.stream()
                    .filter(item -> item.response() != null && item.response().certainty() == certainty).toList();
            var right = (int) given.stream().filter(Paper.Item::isRight).count();
            return new CertaintyLevel(certainty.level(), given.size(), right,
                    given.isEmpty() ? 0 : Math.round(right * 100f / given.size()), certainty.paysFromPercent(),
                    certainty.paysToPercent(),
                    given.isEmpty() ? Calibration.NOT_ENOUGH_ANSWERS : certainty.calibrationAt((double) right / given.size()));
        }).toList();
    }

    /**
     * Over-confident when, at any certainty used, the answers were right less often than that
     * certainty needs to pay; otherwise under-confident when, at any certainty, they were right so
     * often that a higher one would have paid more; otherwise calibrated.
     */
    static Calibration calibration(Collection<Paper.Item> items) {
        var used = byCertainty(items).stream().map(CertaintyLevel::calibration)
                .filter(calibration -> calibration != Calibration.NOT_ENOUGH_ANSWERS).toList();
        if (used.isEmpty()) {
            return Calibration.NOT_ENOUGH_ANSWERS;
        }
        if (used.contains(Calibration.OVER_CONFIDENT)) {
            return Calibration.OVER_CONFIDENT;
        }
        return used.contains(Calibration.UNDER_CONFIDENT) ? Calibration.UNDER_CONFIDENT : Calibration.CALIBRATED;
    }
}
