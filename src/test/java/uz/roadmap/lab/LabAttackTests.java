package uz.roadmap.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import uz.roadmap.FullStackTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;

/**
 * Every class of attack on the judge, each answered with a clean verdict and no effect on the
 * sandbox, on the next submission or on the application: after each, the reference of the lab is
 * still accepted and the dataset still has all its rows.
 */
@FullStackTest
@TestPropertySource(properties = { "roadmap.rate-limit.groups.api.capacity=100000", "roadmap.labs.workers=2" })
class LabAttackTests {

    static final String LAB = "sql-orders-per-status";
    static final String REFERENCE = "SELECT status, count(*) AS orders FROM shop.orders GROUP BY status ORDER BY orders DESC, status";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    LabClient learner;

    @BeforeEach
    void newLearner() {
        var fixtures = new AccountFixtures(accounts, database);
        learner = new LabClient(port, fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now())));
    }

    @Test
    void writesAndDdlAreRejected() throws Exception {
        answers(Set.of("REJECTED"), "DELETE FROM shop.orders", "UPDATE shop.products SET price = 1", "TRUNCATE shop.orders",
                "DROP TABLE shop.orders CASCADE", "CREATE TABLE shop.x (id int)", "ALTER TABLE shop.orders DROP COLUMN status",
                "INSERT INTO shop.orders (customer_id, status, created_at) VALUES (1, 'paid', now())",
                "WITH gone AS (DELETE FROM shop.orders RETURNING id) SELECT count(*) FROM gone",
                "SELECT * INTO shop.copy FROM shop.orders", "SELECT * FROM shop.orders FOR UPDATE");
    }

    @Test
    void twoStatementsHiddenBehindCommentsOrStringsAreRejected() throws Exception {
        answers(Set.of("REJECTED"), "SELECT 1 /* ; */ ; DELETE FROM shop.orders", "SELECT ';' AS x; DROP TABLE shop.orders",
                "SELECT $$ ; $$ AS x; DELETE FROM shop.orders", "SELECT 1 -- ;\n; DELETE FROM shop.orders",
                "SELECT E'\\'' AS x; DELETE FROM shop.orders");
    }

    @Test
    void copyToOrFromAFileOrAProgramIsRejected() throws Exception {
        answers(Set.of("REJECTED"), "COPY shop.orders TO '/tmp/orders.csv'", "COPY shop.orders FROM '/etc/passwd'",
                "COPY (SELECT 1) TO PROGRAM 'touch /tmp/pwned'");
    }

    @Test
    void fileLargeObjectAndProgramFunctionsAreRefused() throws Exception {
        answers(Set.of("SQL_ERROR"), "SELECT pg_read_file('/etc/passwd')", "SELECT pg_ls_dir('.')",
                "SELECT lo_import('/etc/passwd')", "SELECT pg_read_binary_file('/etc/hostname')", "SELECT lo_creat(-1)",
                "SELECT * FROM pg_stat_file('postgresql.conf')");
    }

    @Test
    void dblinkAndExtensionsAreNotThere() throws Exception {
        answers(Set.of("SQL_ERROR"), "SELECT * FROM dblink('dbname=postgres', 'SELECT 1') AS t(x int)");
        answers(Set.of("REJECTED"), "CREATE EXTENSION dblink", "CREATE EXTENSION IF NOT EXISTS postgres_fdw");
    }

    @Test
    void doBlocksAndFunctionCreationAreRejected() throws Exception {
        answers(Set.of("REJECTED"), "DO $$ BEGIN PERFORM pg_sleep(1); END $$",
                "CREATE FUNCTION shop.f() RETURNS int LANGUAGE sql AS 'SELECT 1'", "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql AS ''");
    }

    @Test
    void settingChangesAndRoleSwitchesAreRefused() throws Exception {
        answers(Set.of("REJECTED"), "SET statement_timeout = 0", "RESET ALL", "SET ROLE postgres", "SET SESSION AUTHORIZATION postgres",
                "ALTER ROLE CURRENT_USER SET statement_timeout = 0", "SET LOCAL enable_seqscan = off");
        answers(Set.of("SQL_ERROR"), "SELECT set_config('statement_timeout', '0', false)");
    }

    @Test
    void timeAndDiskBombsEndAsTimeLimit() throws Exception {
        answers(Set.of("TIME_LIMIT"), "SELECT pg_sleep(60)",
                "SELECT count(*) FROM shop.order_items AS a CROSS JOIN shop.order_items AS b",
                "SELECT count(*) FROM generate_series(1, 1000000000000) AS g",
                "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r");
        answers(Set.of("TIME_LIMIT", "OUTPUT_LIMIT"), "SELECT g, md5(g::text) FROM generate_series(1, 100000000) AS g ORDER BY 2");
    }

    @Test
    void advisoryLocksCannotBeTaken() throws Exception {
        answers(Set.of("SQL_ERROR"), "SELECT pg_advisory_lock(1)", "SELECT pg_try_advisory_lock(42)",
                "SELECT pg_advisory_xact_lock(7)");
    }

    @Test
    void otherSessionsCannotBeEndedOrWatched() throws Exception {
        answers(Set.of("SQL_ERROR"), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity",
                "SELECT pg_cancel_backend(1)", "SELECT query FROM pg_stat_activity", "SELECT * FROM pg_stat_get_activity(NULL)");
    }

    @Test
    void otherLearnersSubmissionsAndTheReferenceAreOutOfReach() throws Exception {
        answers(Set.of("SQL_ERROR"), "SELECT * FROM lab.submission", "SELECT * FROM pg_stat_statements",
                "SELECT query_to_xml('SELECT 1', true, true, '')");
        var searched = answer("SELECT p.proname, p.prosrc FROM pg_proc AS p WHERE p.prosrc ILIKE '%shop.orders%'");
        assertThat(searched.path("verdict").asString()).isEqualTo("WRONG_ANSWER");
        assertThat(searched.path("judgement").toString()).doesNotContain("GROUP BY");
    }

    @Test
    void listenAndNotifyAreRefused() throws Exception {
        answers(Set.of("REJECTED"), "LISTEN lab", "NOTIFY lab, 'x'", "UNLISTEN *");
        answers(Set.of("SQL_ERROR"), "SELECT pg_notify('lab', 'x')");
    }

    @Test
    void preparedStatementsAndTemporaryObjectsCannotSurviveIntoTheNextSubmission() throws Exception {
        answers(Set.of("REJECTED"), "PREPARE leak AS SELECT 1", "CREATE TEMP TABLE leak AS SELECT 1", "DECLARE c CURSOR WITH HOLD FOR SELECT 1");
        var prepared = answer("SELECT name AS status, 0::bigint AS orders FROM pg_prepared_statements");
        assertThat(prepared.path("judgement").path("receivedRows").asInt()).isZero();
    }

    @Test
    void hugeOutputsEndAsOutputLimit() throws Exception {
        answers(Set.of("OUTPUT_LIMIT"), "SELECT * FROM shop.order_items", "SELECT repeat('x', 5000000) AS big");
    }

    /** Each query gets one of the verdicts, and the lab is unharmed afterwards. */
    void answers(Set<String> verdicts, String... queries) throws Exception {
        for (var query : queries) {
            var verdict = answer(query);
            assertThat(verdict.path("verdict").asString()).as("%s → %s", query, verdict).isIn(verdicts);
        }
        var reference = answer(REFERENCE);
        assertThat(reference.path("verdict").asString()).as("the reference after the attacks").isEqualTo("ACCEPTED");
    }

    JsonNode answer(String query) throws Exception {
        return learner.judge(LAB, query);
    }
}
