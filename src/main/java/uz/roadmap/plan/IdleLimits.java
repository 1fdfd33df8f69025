package uz.roadmap.plan;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each learner's idle limit: after how many minutes without activity their pages stop the study
 * timer. Learners who never set one have the application's default.
 */
@Component
class IdleLimits {

    static final int MIN = 1;
    static final int MAX = 240;

    private final JdbcClient database;

    IdleLimits(JdbcClient database) {
        this.database = database;
    }

    Optional<Integer> of(UUID learner) {
        return database.sql("SELECT minutes FROM plan.idle_limit WHERE learner_id = :learner")
                .param("learner", learner).query(Integer.class).optional();
    }

    void set(UUID learner, int minutes) {
        database.sql("""
                INSERT INTO plan.idle_limit (learner_id, minutes) VALUES (:learner, :minutes)
                ON CONFLICT (learner_id) DO UPDATE SET minutes = EXCLUDED.minutes""")
                .param("learner", learner).param("minutes", minutes).update();
    }

    void forget(UUID learner) {
        database.sql("DELETE FROM plan.idle_limit WHERE learner_id = :learner").param("learner", learner).update();
    }
}
