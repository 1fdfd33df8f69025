package uz.roadmap.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import uz.roadmap.shared.LocalizedText;

/**
 * An attempt as its learner sees it while taking it: the items in the attempt's order with their
 * options and the learner's responses, and nothing that tells which answer is right — no right
 * options, no accepted answers, no explanations, not even the items' slugs (a slug may name the
 * answer). Those come with the report, once the attempt is closed.
 *
 * @param deadline when the server submits the attempt as it stands; none without a time limit
 */
public record AttemptView(UUID id, String roadmap, int week, AttemptStatus status, Instant startedAt,
        @Nullable Instant deadline, @Nullable Instant submittedAt, List<Item> items) {

    /**
     * @param kind {@code choice} (choose options by key) or {@code short} (type an answer)
     * @param multiple for a choice item, whether more than one option may be chosen
     */
    public record Item(int number, String kind, LocalizedText prompt, boolean multiple, List<Option> options,
            @Nullable Response response) {
    }

    public record Option(String key, LocalizedText text) {
    }

    /** How many items have a response. */
    public long answered() {
        return items.stream().filter(item -> item.response() != null).count();
    }

    static AttemptView of(Attempt attempt) {
        return new AttemptView(attempt.id(), attempt.roadmap(), attempt.week(), attempt.status(), attempt.startedAt(),
                attempt.deadline(), attempt.submittedAt(), attempt.paper().items().stream().map(AttemptView::item).toList());
    }

    static Item item(Paper.Item item) {
        return new Item(item.number(), item.kind().name().toLowerCase(java.util.Locale.ROOT), item.prompt(),
                item.multiple(), item.options().stream().map(option -> new Option(option.key(), option.text())).toList(),
                item.response());
    }
}
