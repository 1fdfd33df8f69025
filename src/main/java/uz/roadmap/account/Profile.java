package uz.roadmap.account;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * How a learner wants the product to treat them.
 *
 * @param language {@code uz} or {@code en}
 * @param timeZone where "today" is for them (default Asia/Tashkent)
 * @param programStart day 1 of the 56, or null before they start
 * @param interviewDate the interview they prepare for, if known
 * @param dailyHoursGoal study hours a day, 1 to 12 (default 6)
 */
public record Profile(String displayName, String language, ZoneId timeZone, @Nullable LocalDate programStart,
        @Nullable LocalDate interviewDate, int dailyHoursGoal) {

    public static final String DEFAULT_LANGUAGE = "uz";
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Tashkent");
    public static final int DEFAULT_DAILY_HOURS = 6;

    public Profile {
        if (displayName.isBlank() || displayName.length() > 80) {
            throw new IllegalArgumentException("A display name has 1 to 80 characters");
        }
        if (!language.equals("uz") && !language.equals("en")) {
            throw new IllegalArgumentException("The language is uz or en, not " + language);
        }
        if (dailyHoursGoal < 1 || dailyHoursGoal > 12) {
            throw new IllegalArgumentException("The daily goal is 1 to 12 hours, not " + dailyHoursGoal);
        }
    }

    static Profile newcomer(String displayName, String language) {
        return new Profile(displayName, language, DEFAULT_TIME_ZONE, null, null, DEFAULT_DAILY_HOURS);
    }
}
