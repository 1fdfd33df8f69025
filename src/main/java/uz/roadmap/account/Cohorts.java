package uz.roadmap.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uz.roadmap.shared.Ids;

/**
 * The cohorts, their invite codes and their members, read and written with plain SQL.
 */
@Component
class Cohorts {

    /** Letters and digits that cannot be mistaken for each other when read aloud or typed. */
    private static final char[] CODE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final JdbcClient database;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    Cohorts(JdbcClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    Cohort create(UUID mentor, String name) {
        var id = Ids.newId();
        var code = inviteCode();
        database.sql("""
                INSERT INTO account.cohort (id, name, mentor_id, invite_code, created_at)
                VALUES (:id, :name, :mentor, :code, :now)""")
                .param("id", id).param("name", name.strip()).param("mentor", mentor).param("code", code)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return new Cohort(id, name.strip(), mentor, code, 0);
    }

    /** The mentor's cohorts, or every cohort for an admin ({@code mentor} null). */
    List<Cohort> of(UUID mentor) {
        return database.sql("""
                SELECT c.id, c.name, c.mentor_id, c.invite_code, count(m.learner_id) AS learners
                FROM account.cohort c LEFT JOIN account.cohort_member m ON m.cohort_id = c.id
                WHERE CAST(:mentor AS uuid) IS NULL OR c.mentor_id = :mentor
                GROUP BY c.id ORDER BY c.created_at""")
                .param("mentor", mentor)
                .query((row, number) -> new Cohort(row.getObject("id", UUID.class), row.getString("name"),
                        row.getObject("mentor_id", UUID.class), row.getString("invite_code"), row.getInt("learners")))
                .list();
    }

    /** The learners of the cohort, if it is the mentor's (or the caller is an admin: {@code mentor} null). */
    Optional<List<CohortMember>> members(UUID cohort, UUID mentor) {
        var visible = database.sql("""
                SELECT count(*) FROM account.cohort WHERE id = :cohort AND (CAST(:mentor AS uuid) IS NULL OR mentor_id = :mentor)""")
                .param("cohort", cohort).param("mentor", mentor).query(Long.class).single() > 0;
        if (!visible) {
            return Optional.empty();
        }
        return Optional.of(database.sql("""
                SELECT a.id, a.display_name, m.joined_at FROM account.cohort_member m
                JOIN account.account a ON a.id = m.learner_id
                WHERE m.cohort_id = :cohort ORDER BY a.display_name""")
                .param("cohort", cohort)
                .query((row, number) -> new CohortMember(row.getObject("id", UUID.class), row.getString("display_name"),
                        row.getTimestamp("joined_at").toInstant()))
                .list());
    }

    /** Whether the mentor has the learner in one of their cohorts. */
    boolean mentors(UUID mentor, UUID learner) {
        return database.sql("""
                SELECT EXISTS (SELECT 1 FROM account.cohort c JOIN account.cohort_member m ON m.cohort_id = c.id
                               WHERE c.mentor_id = :mentor AND m.learner_id = :learner)""")
                .param("mentor", mentor).param("learner", learner).query(Boolean.class).single();
    }

    /** Adds the learner to the cohort with this code; joining twice is harmless. */
    Optional<UUID> join(UUID learner, String inviteCode) {
        var cohort = database.sql("SELECT id FROM account.cohort WHERE invite_code = :code")
                .param("code", inviteCode.strip().toUpperCase(java.util.Locale.ROOT)).query(UUID.class).optional();
        cohort.ifPresent(id -> database.sql("""
                INSERT INTO account.cohort_member (cohort_id, learner_id, joined_at) VALUES (:cohort, :learner, :now)
                ON CONFLICT DO NOTHING""")
                .param("cohort", id).param("learner", learner).param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update());
        return cohort;
    }

    private String inviteCode() {
        var code = new char[8];
        for (var i = 0; i < code.length; i++) {
            code[i] = CODE[random.nextInt(CODE.length)];
        }
        return new String(code);
    }
}
