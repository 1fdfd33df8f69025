package uz.roadmap.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uz.roadmap.review.Recall;

/**
 * How weak a learner is in each topic, 0 (strong) to 1 (weak), from all the evidence the draw of a
 * mock interview may read: recall of the topic's questions and the key points their written
 * answers covered (the review module's query), their self-test results on it, and the coverage of
 * their earlier mocks. Each kind of evidence there is counts equally; a topic with none is weak
 * (never tested).
 */
@Component
class TopicWeakness {

    private final Recall recall;
    private final Attempts attempts;
    private final Mocks mocks;

    TopicWeakness(Recall recall, Attempts attempts, Mocks mocks) {
        this.recall = recall;
        this.attempts = attempts;
        this.mocks = mocks;
    }

    Map<String, Double> of(UUID learner, String roadmap) {
        var strengths = new HashMap<String, List<Double>>();
        for (var topic : recall.byTopic(learner, roadmap)) {
            if (topic.cards() > 0) {
                add(strengths, topic.topic(), topic.recall());
            }
            if (topic.coverage() != null) {
                add(strengths, topic.topic(), topic.coverage());
            }
        }
        var selfTests = new HashMap<String, int[]>();
        for (var attempt : attempts.findByLearnerAndRoadmapOrderByStartedAt(learner, roadmap)) {
            if (attempt.isOpen()) {
                continue;
            }
            for (var topic : Marking.byTopic(attempt.paper().items())) {
                var sums = selfTests.computeIfAbsent(topic.topic(), key -> new int[2]);
                sums[0] += topic.score().right();
                sums[1] += topic.score().items();
            }
        }
        selfTests.forEach((topic, sums) -> {
            if (sums[1] > 0) {
                add(strengths, topic, (double) sums[0] / sums[1]);
            }
        });
        var mocked = new HashMap<String, List<Double>>();
        for (var mock : mocks.findByLearnerOrderByStartedAt(learner)) {
            if (!mock.roadmap().equals(roadmap)) {
                continue;
            }
            for (var question : mock.sheet().questions()) {
                var grade = question.mentor() != null ? question.mentor() : question.self();
                if (grade != null) {
                    add(mocked, question.topic(), question.coverage(grade));
                }
            }
        }
        mocked.forEach((topic, coverages) -> add(strengths, topic, mean(coverages)));
        var weakness = new HashMap<String, Double>();
        strengths.forEach((topic, values) -> weakness.put(topic, 1 - mean(values)));
        return weakness;
    }

    private static void add(Map<String, List<Double>> values, String topic, double value) {
        values.computeIfAbsent(topic, key -> new ArrayList<>()).add(Math.clamp(value, 0, 1));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
