package uz.roadmap.review;

import java.sql.Array;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every learner's review settings; a learner who never changed them has the defaults.
 */
@Component
class LearnerSettings {

    private final JdbcClient database;

    LearnerSettings(JdbcClient database) {
        this.database = database;
    }

    ReviewSettings of(UUID learner) {
        return database.sql("SELECT * FROM review.learner_settings WHERE learner_id = :learner")
                .param("learner", learner)
                .query((row, number) -> new ReviewSettings(row.getDouble("desired_retention"),
                        row.getInt("daily_review_limit"), row.getBoolean("load_balancing"), weekdays(row.getArray("easy_days"))))
                .optional()
                .orElse(ReviewSettings.DEFAULTS);
    }

    void save(UUID learner, ReviewSettings settings) {
        database.sql("""
                INSERT INTO review.learner_settings (learner_id, desired_retention, daily_review_limit, load_balancing, easy_days)
                VALUES (:learner, :retention, :limit, :balancing, :easyDays)
                ON CONFLICT (learner_id) DO UPDATE SET desired_retention = excluded.desired_retention,
                    daily_review_limit = excluded.daily_review_limit, load_balancing = excluded.load_balancing,
                    easy_days = excluded.easy_days""")
                .param("learner", learner).param("retention", settings.desiredRetention())
                .param("limit", settings.dailyReviewLimit()).param("balancing", settings.loadBalancing())
                .param("easyDays", settings.easyDays().stream().map(DayOfWeek::getValue).sorted().toArray(Integer[]::new))
                .update();
    }

    void forget(UUID learner) {
        database.sql("DELETE FROM review.learner_settings WHERE learner_id = :learner").param("learner", learner).update();
    }

    private static Set<DayOfWeek> weekdays(Array days) throws SQLException {
        return Arrays.stream((Number[]) days.getArray()).map(day -> DayOfWeek.of(day.intValue())).collect(Collectors.toSet());
    }
}
