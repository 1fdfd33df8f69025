package uz.roadmap.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One of a learner's attempts, in a list of them.
 *
 * @param score the attempt's score; none while it is open
 */
public record AttemptSummary(UUID id, String roadmap, int week, AttemptStatus status, Instant startedAt,
        @Nullable Instant deadline, @Nullable Instant submittedAt, int items, long answered, @Nullable Score score) {

    static AttemptSummary of(Attempt attempt) {
        var items = attempt.paper().items();
        return new AttemptSummary(attempt.id(), attempt.roadmap(), attempt.week(), attempt.status(), attempt.startedAt(),
                attempt.deadline(), attempt.submittedAt(), items.size(),
                items.stream().filter(item -> item.response() != null).count(),
                attempt.isOpen() ? null : Marking.score(items));
    }
}
