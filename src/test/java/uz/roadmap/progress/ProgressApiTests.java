package uz.roadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.BearerToken;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.curriculum.Content;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.QuestionFilter;
import uz.roadmap.grpc.v1.CohortBoardRequest;
import uz.roadmap.grpc.v1.ProgressRequest;
import uz.roadmap.grpc.v1.ProgressServiceGrpc;
import uz.roadmap.grpc.v1.TopicProgressRequest;

/**
 * A learner's progress through the REST API and gRPC, as a client reads it after answering and
 * reviewing; in the data download, and gone with the account.
 */
@FullStackTest
class ProgressApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROADMAP = "backend-8-weeks";
    private static final String TOPIC = "osi-tcp-udp";

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
    private AccountFixtures.Learner learner;
    private String token;

    @BeforeEach
    void newLearner() {
        var fixtures = new AccountFixtures(accounts, database);
        learner = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now().minusDays(6));
        token = fixtures.accessToken(learner);
    }

    @Test
    void answeringEveryEasyQuestionOfATopicWellShowsLevelOneWithItsEvidence() throws Exception {
        var easy = answerEveryEasyQuestion();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                json(send("GET", "/api/v1/progress/topics/" + TOPIC, null)).path("level").asInt()).isEqualTo(1));
        var topic = json(send("GET", "/api/v1/progress/topics/" + TOPIC, null));
        var matrix = json(send("GET", "/api/v1/progress/matrix", null));

        assertThat(topic.path("levels").get(0).path("requirements").get(0).path("evidence").findValuesAsString("subject"))
                .containsExactlyInAnyOrderElementsOf(easy);
        assertThat(topic.path("levels").get(2).path("requirements").findValuesAsString("kind")).contains("mockInterview");
        var withLabs = json(send("GET", "/api/v1/progress/topics/sql-queries-joins", null));
        assertThat(withLabs.path("levels").get(1).path("requirements").get(2).path("kind").asString()).isEqualTo("labs");
        assertThat(withLabs.path("levels").get(1).path("requirements").get(2).path("status").asString())
                .isEqualTo("MISSING");
        assertThat(matrix.path("topics")).hasSizeGreaterThan(40);
        assertThat(matrix.path("available").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("QUESTIONS", "SELF_TEST", "LAB",
                "MOCK_INTERVIEW");
        var activity = json(send("GET", "/api/v1/progress/activity", null));
        assertThat(activity.path("days")).hasSize(365);
        assertThat(activity.path("days").get(364).path("reviews").asInt()).isEqualTo(easy.size());
        assertThat(activity.path("days").get(364).path("answers").asInt()).isEqualTo(easy.size());
        assertThat(activity.path("due")).hasSize(30);
        var readiness = json(send("GET", "/api/v1/progress/readiness", null));
        assertThat(readiness.path("target").asString()).isEqualTo(LocalDate.now().minusDays(6).plusDays(55).toString());
        assertThat(readiness.path("focus")).hasSize(3);
        assertThat(readiness.path("verdict").asString()).isIn("ON_TRACK", "BEHIND");

        var stub = ProgressServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));
        assertThat(stub.getTopicProgress(TopicProgressRequest.newBuilder().setTopic(TOPIC).build()).getLevel()).isEqualTo(1);
        assertThat(stub.getMatrix(ProgressRequest.getDefaultInstance()).getTopicsCount()).isEqualTo(matrix.path("topics").size());
        assertThat(stub.getActivity(ProgressRequest.getDefaultInstance()).getDaysCount()).isEqualTo(365);
        assertThat(stub.getReadiness(ProgressRequest.getDefaultInstance()).getFocusCount()).isEqualTo(3);
        assertThat(status(() -> stub.getTopicProgress(TopicProgressRequest.newBuilder().setTopic("no-such-topic").build())))
                .isEqualTo(Status.Code.NOT_FOUND);
        assertThat(status(() -> stub.getCohortBoard(CohortBoardRequest.newBuilder().setCohort("not-an-id").build())))
                .isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(status(() -> stub.getCohortBoard(CohortBoardRequest.newBuilder().setCohort(UUID.randomUUID().toString()).build())))
                .isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void badInputIsAProblemNotAnError() throws Exception {
        assertThat(send("GET", "/api/v1/progress/topics/no-such-topic", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/progress/matrix?roadmap=Not%20A%20Slug", null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/progress/matrix?roadmap=no-such-roadmap", null).statusCode()).isEqualTo(404);
        var tooMany = send("PUT", "/api/v1/progress/streak-minimum", "{\"minimum\":0}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));

        assertThat(send("PUT", "/api/v1/progress/streak-minimum", "{\"minimum\":3}").statusCode()).isEqualTo(204);
        assertThat(json(send("GET", "/api/v1/progress/activity", null)).path("streakMinimum").asInt()).isEqualTo(3);
    }

    @Test
    void progressIsInTheDataDownloadAndGoesWithTheAccount() throws Exception {
        answerEveryEasyQuestion();
        await().atMost(Duration.ofSeconds(30)).until(() -> rows() > 0);

        var download = json(send("GET", "/api/v1/account/export", null)).path("progress");
        assertThat(download.path("answer")).isNotEmpty();
        assertThat(download.path("review")).isNotEmpty();

        assertThat(send("DELETE", "/api/v1/account", null).statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows() == 0);
    }

    private long rows() {
        return database.sql("""
                SELECT (SELECT count(*) FROM progress.answer WHERE learner_id = :learner)
                    + (SELECT count(*) FROM progress.review WHERE learner_id = :learner)
                    + (SELECT count(*) FROM progress.activity_day WHERE learner_id = :learner)""")
                .param("learner", learner.id()).query(Long.class).single();
    }

    private List<String> answerEveryEasyQuestion() throws Exception {
        var easy = curriculum.questions(ROADMAP, new QuestionFilter(null, TOPIC, 1), 0, 100).items();
        for (var question : easy) {
            var submitted = json(send("POST", "/api/v1/answers",
                    "{\"roadmap\":\"" + ROADMAP + "\",\"question\":\"" + question.slug() + "\",\"text\":\"my answer\"}"));
            var every = IntStream.range(0, question.keyPoints().size()).boxed().toList();
            var rated = send("POST", "/api/v1/answers/" + submitted.path("answer").path("id").asString() + "/rating",
                    "{\"covered\":" + every + ",\"rating\":3}");
            assertThat(rated.statusCode()).isEqualTo(200);
        }
        return easy.stream().map(Content.Question::slug).toList();
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

    private HttpResponse<String> send(String method, String path, @Nullable String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
