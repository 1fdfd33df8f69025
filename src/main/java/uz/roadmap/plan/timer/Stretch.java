package uz.roadmap.plan.timer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of study time counted for a learner, within one day of their own calendar.
 *
 * @param day the learner's local day the stretch lies in
 * @param from when it began (inclusive)
 * @param to when it ended (exclusive), after {@code from}
 */
public record Stretch(LocalDate day, Instant from, Instant to) {

    public Stretch {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A stretch ends after it begins: " + from + " to " + to);
        }
    }

    public Duration duration() {
        return Duration.between(from, to);
    }

    /** The time from {@code from} to {@code to}, cut at each midnight of the zone; nothing if it is empty. */
    public static List<Stretch> between(Instant from, Instant to, ZoneId zone) {
        var stretches = new ArrayList<Stretch>();
        var start = from;
        while (start.isBefore(to)) {
            var day = LocalDate.ofInstant(start, zone);
            var midnight = day.plusDays(1).atStartOfDay(zone).toInstant();
            var end = midnight.isBefore(to) ? midnight : to;
            stretches.add(new Stretch(day, start, end));
            start = end;
        }
        return List.copyOf(stretches);
    }
}
