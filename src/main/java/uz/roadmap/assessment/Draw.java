package uz.roadmap.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import uz.roadmap.curriculum.Content.SelfTestItem;

/**
 * Draws the items of an attempt from its week's items: as many as the blueprint asks, balanced
 * across the week's topics (one of each topic in turn), then the items and each item's options in
 * an order of their own. Every choice is made by a random generator seeded with the attempt's id,
 * so the same attempt always draws the same paper.
 */
final class Draw {

    private Draw() {
    }

    static Paper paper(UUID attempt, List<SelfTestItem> weekItems, int count) {
        var random = new Random(attempt.getMostSignificantBits() ^ attempt.getLeastSignificantBits());
        var byTopic = new TreeMap<String, List<SelfTestItem>>();
        weekItems.stream().sorted(Comparator.comparing(SelfTestItem::slug))
                .forEach(item -> byTopic.computeIfAbsent(item.topic(), topic -> new ArrayList<>()).add(item));
        var topics = new ArrayList<>(byTopic.values());
        topics.forEach(items -> Collections.shuffle(items, random));
        Collections.shuffle(topics, random);

        var drawn = new ArrayList<SelfTestItem>();
        for (var round = 0; drawn.size() < count && drawn.size() < weekItems.size(); round++) {
            for (var items : topics) {
                if (round < items.size() && drawn.size() < count) {
                    drawn.add(items.get(round));
                }
            }
        }
        Collections.shuffle(drawn, random);
        return new Paper(IntStream.range(0, drawn.size()).mapToObj(index -> item(index + 1, drawn.get(index), random)).toList());
    }

    private static Paper.Item item(int number, SelfTestItem item, Random random) {
        var options = new ArrayList<>(item.options());
        Collections.shuffle(options, random);
        return new Paper.Item(number, item.slug(), item.topic(), Paper.Kind.of(item.kind()), item.prompt(),
                IntStream.range(0, options.size())
                        .mapToObj(index -> new Paper.Option(key(index), options.get(index).text(), options.get(index).correct()))
                        .toList(),
                item.accepted(), item.explanation(), null);
    }

    /** a, b, c, … */
    private static String key(int index) {
        return String.valueOf((char) ('a' + index));
    }
}
