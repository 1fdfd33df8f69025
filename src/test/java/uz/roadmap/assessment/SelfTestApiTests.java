package uz.roadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import uz.roadmap.BearerToken;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.grpc.v1.AnswerSelfTestItemRequest;
import uz.roadmap.grpc.v1.AssessmentServiceGrpc;
import uz.roadmap.grpc.v1.GetSelfTestRequest;
import uz.roadmap.grpc.v1.ListSelfTestsRequest;
import uz.roadmap.grpc.v1.StartSelfTestRequest;
import uz.roadmap.grpc.v1.SubmitSelfTestRequest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.curriculum.Content.SelfTestItem;
import uz.roadmap.curriculum.Curriculum;

/**
 * Weekly self-tests through the REST API (and gRPC), as a client takes them: nothing tells the right answer
 * while an attempt is open; the server marks it with certainty-based marking when it is submitted.
 */
@FullStackTest
class SelfTestApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROADMAP = "backend-8-weeks";

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

    private final HttpClient http = HttpClient.newHttpClient();
    private AccountFixtures fixtures;
    private String token;

    @BeforeEach
    void newLearner() {
        fixtures = new AccountFixtures(accounts, database);
        token = fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now()));
    }

    @Test
    void anOpenAttemptTellsNothingOfTheRightAnswers() throws Exception {
        var started = send("POST", "/api/v1/self-tests", "{\"roadmap\":\"backend-8-weeks\",\"week\":1}", token, null);

        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(location -> location.endsWith(json(started).path("id").asString()));
        var attempt = json(started);
        assertThat(attempt.path("items")).hasSize(20);
        assertThat(attempt.path("deadline").asString()).isNotBlank();
        var reread = json(send("GET", "/api/v1/self-tests/" + attempt.path("id").asString(), null, token, null));
        for (var body : List.of(attempt, reread)) {
            assertThat(fieldNames(body)).doesNotContainAnyElementsOf(List.of("correct", "accepted", "explanation", "item", "slug"));
            var text = body.toString();
            curriculum.selfTest(ROADMAP, 1).forEach(item -> assertThat(text).doesNotContain("\"" + item.slug() + "\""));
        }
    }

    @Test
    void everythingRightAtHighCertaintyScoresFullMarksAndAWrongAnswerAtHighCertaintyCostsSix() throws Exception {
        var perfect = start();
        for (var item : perfect.path("items")) {
            answer(perfect, item, rightAnswer(item), 3);
        }
        var report = json(send("POST", "/api/v1/self-tests/" + perfect.path("id").asString() + "/submission", null, token, null));

        var items = perfect.path("items").size();
        assertThat(report.path("score").path("percent").asInt()).isEqualTo(100);
        assertThat(report.path("score").path("cbm").asInt()).isEqualTo(3 * items).isEqualTo(report.path("score").path("cbmMax").asInt());

        var oneWrong = start();
        var first = oneWrong.path("items").get(0);
        answer(oneWrong, first, wrongAnswer(first), 3);
        for (var item : rest(oneWrong.path("items"))) {
            answer(oneWrong, item, rightAnswer(item), 3);
        }
        var marked = json(send("POST", "/api/v1/self-tests/" + oneWrong.path("id").asString() + "/submission", null, token, null));

        assertThat(marked.path("items").get(0).path("marks").asInt()).isEqualTo(-6);
        assertThat(marked.path("score").path("cbm").asInt()).isEqualTo(3 * (items - 1) - 6);
        assertThat(marked.path("score").path("right").asInt()).isEqualTo(items - 1);
        var wrongTopic = marked.path("items").get(0).path("topic").asString();
        assertThat(StreamSupport.stream(marked.path("topics").spliterator(), false)
                .filter(topic -> topic.path("topic").asString().equals(wrongTopic)).findFirst().orElseThrow()
                .path("calibration").asString()).isEqualTo("OVER_CONFIDENT");
        assertThat(marked.path("earlier")).hasSize(1);
        assertThat(marked.path("earlier").get(0).path("score").path("percent").asInt()).isEqualTo(100);
    }

    @Test
    void aSubmittedAttemptChangesNoMore() throws Exception {
        var attempt = start();
        var id = attempt.path("id").asString();
        var item = attempt.path("items").get(0);
        answer(attempt, item, rightAnswer(item), 2);

        assertThat(send("POST", "/api/v1/self-tests/" + id + "/submission", null, token, "submit-1").statusCode()).isEqualTo(200);
        var again = send("POST", "/api/v1/self-tests/" + id + "/submission", null, token, null);
        var retried = send("POST", "/api/v1/self-tests/" + id + "/submission", null, token, "submit-1");
        var late = send("PUT", "/api/v1/self-tests/" + id + "/items/1", body(item, wrongAnswer(item), 3), token, null);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(late.statusCode()).isEqualTo(409);
        var report = json(send("GET", "/api/v1/self-tests/" + id + "/report", null, token, null));
        assertThat(report.path("items").get(0).path("right").asBoolean()).isTrue();
        assertThat(report.path("items").get(0).path("response").path("certainty").asInt()).isEqualTo(2);
    }

    @Test
    void startingAgainResumesTheOpenAttemptAndARetriedStartFindsItsAttempt() throws Exception {
        var first = send("POST", "/api/v1/self-tests", "{\"roadmap\":\"backend-8-weeks\",\"week\":2}", token, "start-2");
        var retried = send("POST", "/api/v1/self-tests", "{\"roadmap\":\"backend-8-weeks\",\"week\":2}", token, "start-2");
        var again = send("POST", "/api/v1/self-tests", "{\"roadmap\":\"backend-8-weeks\",\"week\":2}", token, null);
        var otherWeek = send("POST", "/api/v1/self-tests", "{\"roadmap\":\"backend-8-weeks\",\"week\":3}", token, "start-2");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(List.of(retried.statusCode(), again.statusCode())).containsOnly(200);
        assertThat(json(retried).path("id")).isEqualTo(json(first).path("id")).isEqualTo(json(again).path("id"));
        assertThat(otherWeek.statusCode()).isEqualTo(422);
        var history = json(send("GET", "/api/v1/self-tests?week=2", null, token, null));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("status").asString()).isEqualTo("STARTED");
    }

    @Test
    void badResponsesAreRefusedAndRecordNothing() throws Exception {
        var attempt = start();
        var id = attempt.path("id").asString();
        var choice = first(attempt, "choice");
        var number = choice.path("number").asInt();

        assertThat(send("PUT", "/api/v1/self-tests/" + id + "/items/50", body(choice, rightAnswer(choice), 1), token, null)
                .statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/api/v1/self-tests/" + id + "/items/" + number, "{\"choices\":[\"z\"],\"certainty\":1}", token,
                null).statusCode()).isEqualTo(422);
        assertThat(send("PUT", "/api/v1/self-tests/" + id + "/items/" + number,
                "{\"choices\":[\"a\"],\"certainty\":4}", token, null).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/v1/self-tests/" + id + "/items/" + number,
                "{\"text\":\"443\",\"certainty\":2}", token, null).statusCode()).isEqualTo(422);
        assertThat(send("POST", "/api/v1/self-tests", "{\"roadmap\":\"backend-8-weeks\",\"week\":40}", token, null)
                .statusCode()).isEqualTo(404);

        var reread = json(send("GET", "/api/v1/self-tests/" + id, null, token, null));
        assertThat(StreamSupport.stream(reread.path("items").spliterator(), false)
                .filter(item -> !item.path("response").isNull() && !item.path("response").isMissingNode())).isEmpty();
    }

    @Test
    void anotherLearnersAttemptIsNotFound() throws Exception {
        var attempt = start();
        var id = attempt.path("id").asString();
        var other = fixtures.accessToken(fixtures.learner("uz", ZoneId.of("Asia/Tashkent"), LocalDate.now()));
        var item = attempt.path("items").get(0);

        assertThat(send("GET", "/api/v1/self-tests/" + id, null, other, null).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/api/v1/self-tests/" + id + "/items/1", body(item, rightAnswer(item), 3), other, null)
                .statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/self-tests/" + id + "/submission", null, other, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/self-tests/" + id + "/report", null, other, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/self-tests/" + id + "/report", null, token, null).statusCode()).isEqualTo(409);
    }

    @Test
    void attemptsAreInTheDataDownloadAndGoWithTheAccount() throws Exception {
        var open = start();
        var closed = json(send("POST", "/api/v1/self-tests", "{\"roadmap\":\"backend-8-weeks\",\"week\":2}", token, null));
        send("POST", "/api/v1/self-tests/" + closed.path("id").asString() + "/submission", null, token, null);

        var download = json(send("GET", "/api/v1/account/export", null, token, null)).path("selfTests");
        var deleted = send("DELETE", "/api/v1/account", null, token, null);

        assertThat(download.path("open").findValuesAsString("id")).contains(open.path("id").asString());
        assertThat(fieldNames(download.path("open"))).doesNotContain("correct", "accepted", "explanation");
        assertThat(download.path("closed").findValuesAsString("attempt")).containsExactly(closed.path("id").asString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        var remaining = database.sql("SELECT count(*) FROM assessment.attempt WHERE id IN (:ids)")
                .param("ids", List.of(UUID.fromString(open.path("id").asString()), UUID.fromString(closed.path("id").asString())));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(remaining.query(Long.class).single()).isZero());
    }

    @Test
    void theSameRulesHoldOverGrpc() {
        var stub = AssessmentServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));
        var started = stub.startSelfTest(StartSelfTestRequest.newBuilder().setWeek(3).setIdempotencyKey("grpc-3").build());
        var attempt = started.getAttempt();
        var choice = attempt.getItemsList().stream().filter(item -> item.getKind().equals("choice")).findFirst().orElseThrow();

        assertThat(started.getResumed()).isFalse();
        assertThat(stub.startSelfTest(StartSelfTestRequest.newBuilder().setWeek(3).build()).getAttempt().getId())
                .isEqualTo(attempt.getId());
        assertThat(stub.answerSelfTestItem(AnswerSelfTestItemRequest.newBuilder().setAttempt(attempt.getId())
                .setNumber(choice.getNumber()).addChoices("a").setCertainty(1).build()).getResponse().getCertainty()).isEqualTo(1);
        assertThat(status(() -> stub.answerSelfTestItem(AnswerSelfTestItemRequest.newBuilder().setAttempt(attempt.getId())
                .setNumber(choice.getNumber()).addChoices("a").setCertainty(7).build()))).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(status(() -> stub.getSelfTestReport(GetSelfTestRequest.newBuilder().setAttempt(attempt.getId()).build())))
                .isEqualTo(Status.Code.FAILED_PRECONDITION);
        var report = stub.submitSelfTest(SubmitSelfTestRequest.newBuilder().setAttempt(attempt.getId()).build());
        assertThat(report.getScore().getAnswered()).isEqualTo(1);
        assertThat(report.getItemsList()).allSatisfy(item -> assertThat(item.getExplanation().getEn()).isNotBlank());
        assertThat(status(() -> stub.submitSelfTest(SubmitSelfTestRequest.newBuilder().setAttempt(attempt.getId()).build())))
                .isEqualTo(Status.Code.FAILED_PRECONDITION);
        var other = AssessmentServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(
                fixtures.accessToken(fixtures.learner("uz", ZoneId.of("Asia/Tashkent"), LocalDate.now()))));
        assertThat(status(() -> other.getSelfTest(GetSelfTestRequest.newBuilder().setAttempt(attempt.getId()).build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        assertThat(stub.listSelfTests(ListSelfTestsRequest.newBuilder().setWeek(3).build()).getAttemptsList())
                .singleElement().satisfies(summary -> assertThat(summary.getStatus()).isEqualTo("SUBMITTED"));
    }

    private static Status.Code status(Runnable call) {
        try {
            call.run();
            return Status.Code.OK;
        }
        catch (StatusRuntimeException refused) {
            return refused.getStatus().getCode();
        }
    }

    private JsonNode start() throws Exception {
        var started = send("POST", "/api/v1/self-tests", "{\"roadmap\":\"backend-8-weeks\",\"week\":1}", token, null);
        assertThat(started.statusCode()).isEqualTo(201);
        return json(started);
    }

    private void answer(JsonNode attempt, JsonNode item, Object answer, int certainty) throws Exception {
        var response = send("PUT", "/api/v1/self-tests/" + attempt.path("id").asString() + "/items/" + item.path("number").asInt(),
                body(item, answer, certainty), token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String body(JsonNode item, Object answer, int certainty) {
        return answer instanceof List<?> keys
                ? JSON.writeValueAsString(java.util.Map.of("choices", keys, "certainty", certainty))
                : JSON.writeValueAsString(java.util.Map.of("text", answer, "certainty", certainty));
    }

    /** The right answer to an item as the attempt shows it, found from the content by its prompt. */
    private Object rightAnswer(JsonNode item) {
        var content = content(item);
        if (item.path("kind").asString().equals("short")) {
            return "  " + content.accepted().getFirst().toUpperCase() + " ";
        }
        var keys = new ArrayList<String>();
        for (var option : item.path("options")) {
            if (content.options().stream().anyMatch(candidate -> candidate.correct()
                    && candidate.text().en().equals(option.path("text").path("en").asString()))) {
                keys.add(option.path("key").asString());
            }
        }
        return keys;
    }

    private Object wrongAnswer(JsonNode item) {
        if (item.path("kind").asString().equals("short")) {
            return "certainly not this";
        }
        var right = rightAnswer(item);
        for (var option : item.path("options")) {
            if (!((List<?>) right).contains(option.path("key").asString())) {
                return List.of(option.path("key").asString());
            }
        }
        throw new IllegalStateException("no wrong option");
    }

    private SelfTestItem content(JsonNode item) {
        return curriculum.selfTest(ROADMAP, 1).stream()
                .filter(candidate -> candidate.prompt().en().equals(item.path("prompt").path("en").asString()))
                .findFirst().orElseThrow();
    }

    private static JsonNode first(JsonNode attempt, String kind) {
        return StreamSupport.stream(attempt.path("items").spliterator(), false)
                .filter(item -> item.path("kind").asString().equals(kind)).findFirst().orElseThrow();
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        var names = new java.util.HashSet<String>();
        if (node.isObject()) {
            node.properties().forEach(field -> {
                names.add(field.getKey());
                names.addAll(fieldNames(field.getValue()));
            });
        }
        node.forEach(child -> names.addAll(fieldNames(child)));
        return names;
    }

    private static List<JsonNode> rest(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).skip(1).toList();
    }

    private HttpResponse<String> send(String method, String path, @Nullable String body, String bearer, @Nullable String key)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
