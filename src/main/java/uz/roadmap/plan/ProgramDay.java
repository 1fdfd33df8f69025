package uz.roadmap.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import uz.roadmap.shared.ProgramCalendar;

/**
 * Where a learner is in the program: day N of 56 counted in their own time zone from their start
 * date, and the week it falls in. Before day 1 the program has not started; after day 56 it is in
 * maintenance (reviews go on until the interview).
 *
 * @param day 1 to 56 during the program, 0 before it starts, above 56 after it
 */
public record ProgramDay(int day, Phase phase) {

    public static final int DAYS = ProgramCalendar.DAYS;
    public static final int WEEKS = ProgramCalendar.WEEKS;

    public enum Phase {
        NOT_STARTED, PROGRAM, MAINTENANCE
    }

    /** The learner's program day at this instant; a learner without a start date has not started. */
    public static ProgramDay of(@Nullable LocalDate start, ZoneId zone, Instant now) {
        if (start == null) {
            return new ProgramDay(0, Phase.NOT_STARTED);
        }
        var day = ProgramCalendar.day(start, zone, now);
        if (day < 1) {
            return new ProgramDay(0, Phase.NOT_STARTED);
        }
        return new ProgramDay(day, day > DAYS ? Phase.MAINTENANCE : Phase.PROGRAM);
    }

    /** The week of the day: ceil(N / 7), 1 to 8; 0 before the program. */
    public int week() {
        return phase == Phase.NOT_STARTED ? 0 : ProgramCalendar.week(day);
    }
}
