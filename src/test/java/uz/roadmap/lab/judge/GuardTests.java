package uz.roadmap.lab.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uz.roadmap.lab.judge.Guard.Allowed;
import uz.roadmap.lab.judge.Guard.Refused;

/** The guard reads SQL as PostgreSQL does: a semicolon or a keyword inside a string, identifier or comment is text. */
class GuardTests {

    @Test
    void allowsOneQueryStartingWithSelectWithValuesOrTable() {
        assertThat(Guard.check("SELECT 1", false)).isInstanceOf(Allowed.class);
        assertThat(Guard.check("with x as (select 1) select * from x;", false)).isInstanceOf(Allowed.class);
        assertThat(Guard.check("VALUES (1), (2)", false)).isInstanceOf(Allowed.class);
        assertThat(Guard.check("TABLE shop.orders;;", false)).isInstanceOf(Allowed.class);
        assertThat(Guard.check("(SELECT 1) UNION (SELECT 2)", false)).isInstanceOf(Allowed.class);
    }

    @Test
    void semicolonsAndKeywordsInsideStringsIdentifiersAndCommentsAreText() {
        assertThat(Guard.check("SELECT 'a; DELETE FROM shop.orders' AS \"x; drop\" -- ; delete\n", false)).isInstanceOf(Allowed.class);
        assertThat(Guard.check("SELECT $tag$ ; DELETE $tag$, E'\\'; DROP', 1 /* ; /* nested */ ; */", false)).isInstanceOf(Allowed.class);
    }

    @Test
    void refusesTwoStatementsHiddenBehindCommentsAndStrings() {
        assertThat(Guard.check("SELECT 1 /* comment */; DELETE FROM shop.orders", false)).isInstanceOf(Refused.class);
        assertThat(Guard.check("SELECT 'it''s'; DROP TABLE shop.orders", false)).isInstanceOf(Refused.class);
        assertThat(Guard.check("SELECT $$;$$; SET statement_timeout = 0", false)).isInstanceOf(Refused.class);
        assertThat(Guard.check("SELECT E'\\';' ; RESET ALL", false)).isInstanceOf(Refused.class);
        assertThat(Guard.check("SELECT 1 -- ends here\n; COMMIT", false)).isInstanceOf(Refused.class);
    }

    @Test
    void refusesUnclosedStringsAndComments() {
        assertThat(Guard.check("SELECT 'open", false)).isEqualTo(new Refused("unreadable", "a string is not closed"));
        assertThat(Guard.check("SELECT 1 /* /* */", false)).isEqualTo(new Refused("unreadable", "a comment is not closed"));
        assertThat(Guard.check("SELECT $x$ open", false)).isEqualTo(new Refused("unreadable", "a dollar-quoted string is not closed"));
    }

    @Test
    void refusesWritesSettingsAndCommandsWhereverTheyStand() {
        for (var sql : new String[] { "DELETE FROM shop.orders", "INSERT INTO shop.orders VALUES (1)", "UPDATE shop.products SET price = 1",
                "DROP TABLE shop.orders", "CREATE TABLE t (x int)", "COPY shop.orders TO '/tmp/x'", "COPY (SELECT 1) TO PROGRAM 'id'",
                "DO $$ BEGIN END $$", "CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql", "SET statement_timeout = 0",
                "RESET ALL", "SET ROLE postgres", "SET SESSION AUTHORIZATION postgres", "ALTER ROLE CURRENT_USER SET work_mem = '1GB'",
                "LISTEN x", "NOTIFY x", "PREPARE p AS SELECT 1", "EXECUTE p", "BEGIN", "COMMIT", "VACUUM", "CREATE EXTENSION dblink",
                "WITH d AS (DELETE FROM shop.orders RETURNING *) SELECT * FROM d", "SELECT * INTO t FROM shop.orders",
                "SELECT * FROM shop.orders FOR UPDATE", "EXPLAIN ANALYZE DELETE FROM shop.orders",
                "CREATE INDEX ON shop.orders (id); SELECT 1" }) {
            assertThat(Guard.check(sql, false)).as(sql).isInstanceOf(Refused.class);
        }
    }

    @Test
    void anExplainLabTakesIndexesBeforeItsQueryAndNothingElse() {
        var allowed = Guard.check("CREATE INDEX ON shop.orders (customer_id, created_at);\nCREATE UNIQUE INDEX IF NOT EXISTS i ON shop.customers (email);\nSELECT 1;", true);

        assertThat(allowed).isInstanceOfSatisfying(Allowed.class, found -> {
            assertThat(found.indexes()).containsExactly("CREATE INDEX ON shop.orders (customer_id, created_at)",
                    "CREATE UNIQUE INDEX IF NOT EXISTS i ON shop.customers (email)");
            assertThat(found.query().text()).isEqualTo("SELECT 1");
        });
        assertThat(Guard.check("SET enable_seqscan = off; SELECT 1", true)).isInstanceOf(Refused.class);
        assertThat(Guard.check("CREATE INDEX CONCURRENTLY ON shop.orders (id); SELECT 1", true)).isInstanceOf(Refused.class);
        assertThat(Guard.check("CREATE TABLE x (id int); SELECT 1", true)).isInstanceOf(Refused.class);
        assertThat(Guard.check("SELECT 1; CREATE INDEX ON shop.orders (id)", true)).isInstanceOf(Refused.class);
        assertThat(Guard.check("CREATE INDEX ON shop.orders (id)", true)).isInstanceOf(Refused.class);
    }

    @Test
    void refusesTooLongText() {
        assertThat(Guard.check("SELECT " + "1".repeat(Guard.MAX_LENGTH), false)).isEqualTo(new Refused("too-long", "10000"));
    }

    @Test
    void tellsWhetherAQueryOrdersItsResultAtItsOutermostLevel() throws Exception {
        assertThat(SqlText.statements("SELECT * FROM (SELECT 1 ORDER BY 1) s").getFirst().ordersItsResult()).isFalse();
        assertThat(SqlText.statements("SELECT row_number() OVER (ORDER BY id) FROM t").getFirst().ordersItsResult()).isFalse();
        assertThat(SqlText.statements("WITH x AS (SELECT 1) SELECT * FROM x ORDER BY 1").getFirst().ordersItsResult()).isTrue();
    }
}
