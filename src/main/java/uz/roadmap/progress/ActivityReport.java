package uz.roadmap.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * What a learner did, day by day, over the last year, and what is coming.
 *
 * @param days every day of the last year, oldest first
 * @param streak days in a row, up to today (or yesterday while today is still open), with at least
 *        {@code streakMinimum} reviews
 * @param hoursGoal the learner's daily study goal, in hours
 * @param retention true retention over the last 30 days: reviews of graduated cards recalled (not Again)
 * @param due the reviews falling due on each of the next 30 days, today first (overdue ones today)
 */
public record ActivityReport(List<Day> days, int streak, int streakMinimum, int hoursGoal, Retention retention,
        List<DueDay> due) {

    public record Day(LocalDate date, int reviews, int answers, long minutes) {
    }

    /** @param percent recalled in percent of {@code reviews}; 0 without reviews */
    public record Retention(int reviews, int recalled, int percent, int desired) {
    }

    public record DueDay(LocalDate date, int reviews) {
    }
}
