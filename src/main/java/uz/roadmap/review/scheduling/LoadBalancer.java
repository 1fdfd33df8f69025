package uz.roadmap.review.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Spreads reviews over days, as Anki's load balancer and "easy days" do. A review interval of a
 * few days or more may move inside its fuzz range without hurting recall, so the balancer moves it
 * to the day in that range with the fewest reviews already due, and away from the learner's easy
 * days unless every day of the range is one. Equally light days go to the interval FSRS chose, so
 * nothing moves without a reason and the result is the same every time.
 *
 * @param zone the learner's time zone, in which days are counted
 * @param easyDays weekdays the learner wants few reviews on
 * @param balancing whether to look at how many reviews each day already has
 * @param workload how many of the learner's cards fall due on each day of a range
 * @param maximumInterval the longest interval, in days
 */
public record LoadBalancer(ZoneId zone, Set<DayOfWeek> easyDays, boolean balancing, Workload workload,
        int maximumInterval) {

    /** The smallest interval, in days, that has a fuzz range to move in (as in FSRS). */
    private static final int SMALLEST_MOVABLE = 3;

    /** How many cards fall due on each day from {@code first} to {@code last}; days without any may be left out. */
    @FunctionalInterface
    public interface Workload {

        Map<LocalDate, Integer> dueOn(LocalDate first, LocalDate last);
    }

    public LoadBalancer {
        easyDays = Set.copyOf(easyDays);
    }

    /** The reviewed card, moved to the best day of its fuzz range (or as it was when it cannot move). */
    public Memory balance(Memory reviewed) {
        var reviewedAt = reviewed.lastReview();
        if (reviewed.state() != CardState.REVIEW || reviewedAt == null || reviewed.scheduledDays() < SMALLEST_MOVABLE
                || (!balancing && easyDays.isEmpty())) {
            return reviewed;
        }
        var ideal = reviewed.scheduledDays();
        var range = Fsrs.fuzzRange(ideal, reviewed.elapsedDays(), maximumInterval);
        var firstDay = reviewedAt.atZone(zone).toLocalDate();
        var load = balancing ? workload.dueOn(firstDay.plusDays(range[0]), firstDay.plusDays(range[1])) : Map.<LocalDate, Integer>of();
        var allEasy = IntStream.rangeClosed(range[0], range[1])
                .allMatch(days -> easyDays.contains(firstDay.plusDays(days).getDayOfWeek()));
        var best = IntStream.rangeClosed(range[0], range[1]).boxed()
                .filter(days -> allEasy || !easyDays.contains(firstDay.plusDays(days).getDayOfWeek()))
                .min(Comparator.<Integer>comparingInt(days -> load.getOrDefault(firstDay.plusDays(days), 0))
                        .thenComparingInt(days -> Math.abs(days - ideal))
                        .thenComparingInt(days -> days))
                .orElse(ideal);
        return best == ideal ? reviewed : reviewed.rescheduled(reviewedAt.plus(Duration.ofDays(best)), best);
    }
}
