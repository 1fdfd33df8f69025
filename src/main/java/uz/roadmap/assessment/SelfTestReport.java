package uz.roadmap.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import uz.roadmap.assessment.Certainty.Calibration;
import uz.roadmap.shared.LocalizedText;

/**
 * A closed attempt, marked: the plain and the certainty-based score, both per topic, how the
 * learner's certainty matched their accuracy, every item with the learner's answer, the right
 * answer and its explanation, and the learner's earlier attempts at the same week to compare with.
 *
 * @param certainty the answers at each certainty and how often they were right
 * @param calibration the verdict over the whole attempt
 * @param earlier the learner's attempts at this week closed before this one, oldest first
 */
public record SelfTestReport(UUID attempt, String roadmap, int week, AttemptStatus status, Instant startedAt,
        Instant submittedAt, Score score, List<TopicScore> topics, List<CertaintyLevel> certainty,
        Calibration calibration, List<Item> items, List<AttemptSummary> earlier) {

    /**
     * An item as marked.
     *
     * @param item the content item's slug
     * @param accepted for a short item, the answers counted right
     * @param marks what the response earned under certainty-based marking
     */
    public record Item(int number, String item, String topic, String kind, LocalizedText prompt, boolean multiple,
            List<Option> options, List<String> accepted, @Nullable Response response, boolean right, int marks,
            LocalizedText explanation) {
    }

    public record Option(String key, LocalizedText text, boolean correct, boolean chosen) {
    }

    static SelfTestReport of(Attempt attempt, List<AttemptSummary> earlier) {
        var items = attempt.paper().items();
        return new SelfTestReport(attempt.id(), attempt.roadmap(), attempt.week(), attempt.status(), attempt.startedAt(),
                java.util.Objects.requireNonNull(attempt.submittedAt()), Marking.score(items), Marking.byTopic(items),
                Marking.byCertainty(items), Marking.calibration(items), items.stream().map(SelfTestReport::item).toList(),
                earlier);
    }

    private static Item item(Paper.Item item) {
        var chosen = item.response() == null ? List.<String>of() : item.response().choices();
        return new Item(item.number(), item.slug(), item.topic(), item.kind().name().toLowerCase(java.util.Locale.ROOT),
                item.prompt(), item.multiple(),
                item.options().stream()
                        .map(option -> new Option(option.key(), option.text(), option.correct(), chosen.contains(option.key())))
                        .toList(),
                item.accepted(), item.response(), item.isRight(), item.marks(), item.explanation());
    }
}
