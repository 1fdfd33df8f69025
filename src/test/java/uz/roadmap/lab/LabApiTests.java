package uz.roadmap.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import uz.roadmap.BearerToken;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.grpc.v1.GetSubmissionRequest;
import uz.roadmap.grpc.v1.LabServiceGrpc;
import uz.roadmap.grpc.v1.LabSubmission;
import uz.roadmap.grpc.v1.SubmitQueryRequest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Curriculum;

/**
 * The SQL judge through the REST API, as a learner meets it: every lab's reference is accepted, a
 * fair grader accepts what is right however it is written and refuses what only looks right, and
 * nothing a submission does reaches the datasets or outlives the submission.
 */
@FullStackTest
@TestPropertySource(properties = { "roadmap.rate-limit.groups.api.capacity=100000", "roadmap.labs.workers=2" })
class LabApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ROADMAP = "backend-8-weeks";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Autowired
    Curriculum curriculum;

    @Autowired
    GrpcTestChannel grpc;

    String token;
    LabClient learner;

    @BeforeEach
    void newLearner() {
        var fixtures = new AccountFixtures(accounts, database);
        token = fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now()));
        learner = new LabClient(port, token);
    }

    @Test
    void acceptsTheReferenceOfEveryLab() throws Exception {
        var labs = curriculum.labs(ROADMAP);
        assertThat(labs).hasSize(26);
        var submitted = new LinkedHashMap<String, String>();
        for (var task : labs) {
            submitted.put(task.slug(), learner.submit(task.slug(), reference(task)));
        }
        for (var entry : submitted.entrySet()) {
            var verdict = learner.verdict(entry.getKey(), entry.getValue());
            assertThat(verdict.path("verdict").asString()).as("%s: %s", entry.getKey(), verdict).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void acceptsTheRightRowsWithTheColumnsInAnotherOrderAndOtherNames() throws Exception {
        var verdict = learner.judge("sql-most-expensive-products", """
                SELECT p.price AS cost, p.id, p.name AS title -- another order, other names
                FROM shop.products p WHERE p.is_active ORDER BY 1 DESC, 2 LIMIT 10""");

        assertThat(verdict.path("verdict").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void refusesTheVisibleAnswerWrittenAsLiterals() throws Exception {
        var ran = JSON.readTree(learner.send("POST", "/api/v1/labs/sql-orders-per-status/runs",
                LabClient.body("SELECT status, count(*) AS orders FROM shop.orders GROUP BY status ORDER BY orders DESC, status")).body());
        var rows = new ArrayList<String>();
        for (var row : ran.path("rows")) {
            rows.add("('" + row.get(0).asString() + "', " + row.get(1).asString() + ")");
        }
        var literal = "SELECT * FROM (VALUES " + String.join(", ", rows) + ") AS v(status, orders) ORDER BY orders DESC, status";

        var verdict = learner.judge("sql-orders-per-status", literal);

        assertThat(verdict.path("verdict").asString()).isEqualTo("WRONG_ANSWER");
        assertThat(verdict.path("judgement").path("explanation").path("en").asString()).contains("hidden variant");
    }

    @Test
    void rejectsADeleteAndTheNextSubmissionSeesTheDataUnchanged() throws Exception {
        var count = "SELECT count(*) AS orders FROM shop.orders";
        var before = JSON.readTree(learner.send("POST", "/api/v1/labs/sql-orders-per-status/runs", LabClient.body(count)).body());

        var deleted = learner.judge("sql-orders-per-status", "DELETE FROM shop.orders");
        var hidden = learner.judge("sql-orders-per-status", "WITH gone AS (DELETE FROM shop.orders RETURNING *) SELECT count(*) FROM gone");

        assertThat(deleted.path("verdict").asString()).isEqualTo("REJECTED");
        assertThat(hidden.path("verdict").asString()).isEqualTo("REJECTED");
        var after = JSON.readTree(learner.send("POST", "/api/v1/labs/sql-orders-per-status/runs", LabClient.body(count)).body());
        assertThat(after.path("rows")).isEqualTo(before.path("rows"));
        assertThat(learner.judge("sql-orders-per-status", reference(lab("sql-orders-per-status"))).path("verdict").asString())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void endsASleepingQueryAsTimeLimitWithinSeconds() throws Exception {
        learner.judge("sql-orders-per-status", "SELECT 1");
        var started = System.nanoTime();

        var verdict = learner.judge("sql-orders-per-status", "SELECT pg_sleep(60)");

        assertThat(verdict.path("verdict").asString()).isEqualTo("TIME_LIMIT");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anExplainLabAcceptsTheReferenceIndexAndRejectsOneWithItsColumnsInTheWrongOrder() throws Exception {
        var query = "SELECT id, status FROM shop.orders WHERE customer_id = 4242 ORDER BY created_at DESC, id DESC LIMIT 5";

        var right = learner.judge("explain-customer-latest-orders", "CREATE INDEX ON shop.orders (customer_id, created_at, id);\n" + query);
        var reversed = learner.judge("explain-customer-latest-orders", "CREATE INDEX ON shop.orders (created_at, customer_id);\n" + query);
        var alone = learner.judge("explain-customer-latest-orders", "CREATE INDEX ON shop.orders (customer_id);\n" + query);

        assertThat(right.path("verdict").asString()).as("%s", right).isEqualTo("ACCEPTED");
        assertThat(reversed.path("verdict").asString()).as("%s", reversed).isEqualTo("WRONG_ANSWER");
        assertThat(reversed.path("judgement").path("plan").isObject()).isTrue();
        assertThat(alone.path("verdict").asString()).as("%s", alone).isEqualTo("WRONG_ANSWER");
    }

    @Test
    void anotherLearnersSubmissionIsNotFound() throws Exception {
        var mine = learner.submit("sql-orders-per-status", "SELECT 1");
        var fixtures = new AccountFixtures(accounts, database);
        var other = fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now()));

        var response = new LabClient(port, other).send("GET", "/api/v1/labs/sql-orders-per-status/submissions/" + mine, null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(learner.send("POST", "/api/v1/labs/no-such-lab/submissions", LabClient.body("SELECT 1")).statusCode()).isEqualTo(404);
        assertThat(learner.send("POST", "/api/v1/labs/sql-orders-per-status/submissions", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void overGrpcAWatchedSubmissionStreamsItsVerdictAndAnotherLearnersIsNotFound() throws Exception {
        var stub = LabServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));

        var submitted = stub.submitQuery(SubmitQueryRequest.newBuilder().setLab("sql-orders-per-status")
                .setSql(reference(lab("sql-orders-per-status"))).build());
        var updates = new ArrayList<LabSubmission>();
        stub.withDeadlineAfter(200, TimeUnit.SECONDS).watchSubmission(GetSubmissionRequest.newBuilder()
                .setSubmission(submitted.getId()).build()).forEachRemaining(updates::add);

        assertThat(submitted.getPending()).isTrue();
        assertThat(updates.getLast().getPending()).isFalse();
        assertThat(updates.getLast().getVerdict()).isEqualTo("ACCEPTED");
        assertThat(updates.getLast().getExplanationUz()).isNotBlank();
        var fixtures = new AccountFixtures(accounts, database);
        var other = LabServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(
                fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now()))));
        assertThatThrownBy(() -> other.getSubmission(GetSubmissionRequest.newBuilder().setSubmission(submitted.getId()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        failure -> assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    // --- helpers

    Task lab(String slug) {
        return curriculum.lab(ROADMAP, slug).orElseThrow();
    }

    static String reference(Task task) {
        var lab = Objects.requireNonNull(task.lab());
        return (lab.referenceSetup() == null ? "" : lab.referenceSetup() + "\n") + lab.reference();
    }
}
