package uz.roadmap.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import uz.roadmap.curriculum.Content.Option;
import uz.roadmap.curriculum.Content.SelfTestItem;
import uz.roadmap.shared.LocalizedText;

/**
 * Self-test items for tests, as the content declares them.
 */
final class SelfTestFixtures {

    private SelfTestFixtures() {
    }

    /** A choice item of the topic with one right option (the first of four). */
    static SelfTestItem oneRightOption(String slug, String topic) {
        return new SelfTestItem(slug, 1, topic, "choice", text("Which one? " + slug), List.of(
                new Option(text("right"), true), new Option(text("wrong 1"), false), new Option(text("wrong 2"), false),
                new Option(text("wrong 3"), false)), List.of(), text("Because."), null);
    }

    /** A choice item of the topic with two right options of four. */
    static SelfTestItem twoRightOptions(String slug, String topic) {
        return new SelfTestItem(slug, 1, topic, "choice", text("Which ones? " + slug), List.of(
                new Option(text("right 1"), true), new Option(text("wrong 1"), false), new Option(text("right 2"), true),
                new Option(text("wrong 2"), false)), List.of(), text("Because."), null);
    }

    /** A short item of the topic accepting these answers. */
    static SelfTestItem shortAnswer(String slug, String topic, String... accepted) {
        return new SelfTestItem(slug, 1, topic, "short", text("Type it: " + slug), List.of(), List.of(accepted),
                text("Because."), null);
    }

    /** {@code count} one-right-option items for each topic. */
    static List<SelfTestItem> week(int count, String... topics) {
        var items = new ArrayList<SelfTestItem>();
        for (var topic : topics) {
            IntStream.rangeClosed(1, count).forEach(number -> items.add(oneRightOption(topic + "-" + number, topic)));
        }
        return items;
    }

    /** The keys of the right options of a drawn item. */
    static List<String> rightKeys(Paper.Item item) {
        return item.options().stream().filter(Paper.Option::correct).map(Paper.Option::key).toList();
    }

    /** The key of a wrong option of a drawn item. */
    static List<String> wrongKey(Paper.Item item) {
        return List.of(item.options().stream().filter(option -> !option.correct()).findFirst().orElseThrow().key());
    }

    private static LocalizedText text(String text) {
        return new LocalizedText(text, text);
    }
}
