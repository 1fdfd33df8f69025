package uz.roadmap.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The program's day arithmetic, which the daily plan and the assessments count alike: day N of
 * 56 in the learner's own time zone from their start date (day 1), and the week a day falls in.
 */
public final class ProgramCalendar {

    public static final int DAYS = 56;
    public static final int WEEKS = 8;

    private ProgramCalendar() {
    }

    /** The learner's program day at this instant: 1 on the start date, 0 or less before it, above 56 after the program. */
    public static int day(LocalDate start, ZoneId zone, Instant now) {
        return (int) ChronoUnit.DAYS.between(start, now.atZone(zone).toLocalDate()) + 1;
    }

    /** The week of a program day: ceil(N / 7), 1 to 8 (the last week goes on after day 56); 0 before the program. */
    public static int week(int day) {
        return day < 1 ? 0 : Math.min(WEEKS, (day + 6) / 7);
    }
}
