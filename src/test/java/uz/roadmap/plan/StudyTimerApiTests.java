package uz.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.BearerToken;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.RoadmapApplication;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountFixtures.Learner;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.grpc.v1.GetStudyTimerRequest;
import uz.roadmap.grpc.v1.GetTodayRequest;
import uz.roadmap.grpc.v1.PauseStudyTimerRequest;
import uz.roadmap.grpc.v1.PlanServiceGrpc;
import uz.roadmap.grpc.v1.SendStudyTimerHeartbeatRequest;
import uz.roadmap.grpc.v1.SetStudyTimerIdleLimitRequest;
import uz.roadmap.grpc.v1.StartStudyTimerRequest;
import uz.roadmap.grpc.v1.StopStudyTimerRequest;

/**
 * The study timer over REST and gRPC, and today's plan over gRPC: each caller starts, pauses and
 * stops only their own timer; what cannot be done to a timer in its state is a 409 (REST) or
 * FAILED_PRECONDITION (gRPC), never a server error.
 */
@FullStackTest
class StudyTimerApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Autowired
    GrpcTestChannel grpc;

    private final HttpClient http = HttpClient.newHttpClient();
    private AccountFixtures fixtures;
    private Learner learner;
    private String token;

    @BeforeEach
    void signIn() {
        fixtures = new AccountFixtures(accounts, database);
        learner = fixtures.learner("uz", TASHKENT, LocalDate.now(TASHKENT));
        token = fixtures.accessToken(learner);
    }

    @Test
    void aLearnerStartsPausesResumesAndStopsTheirTimer() throws Exception {
        var stopped = json(call("GET", "/api/v1/study-timer"));
        var started = json(call("POST", "/api/v1/study-timer/start"));
        var beat = call("POST", "/api/v1/study-timer/heartbeat");
        var paused = json(call("POST", "/api/v1/study-timer/pause"));
        var pausedAgain = call("POST", "/api/v1/study-timer/pause");
        var resumed = json(call("POST", "/api/v1/study-timer/start"));
        var stoppedAgain = json(call("POST", "/api/v1/study-timer/stop"));

        assertThat(stopped.path("status").asString()).isEqualTo("STOPPED");
        assertThat(stopped.path("studiedSeconds").asLong()).isZero();
        assertThat(stopped.path("hoursGoal").asInt()).isEqualTo(6);
        assertThat(stopped.path("heartbeatSeconds").asLong()).isEqualTo(60);
        assertThat(stopped.path("day").asString()).isEqualTo(LocalDate.now(TASHKENT).toString());
        assertThat(stopped.path("timeZone").asString()).isEqualTo("Asia/Tashkent");
        assertThat(started.path("status").asString()).isEqualTo("RUNNING");
        assertThat(started.path("runningSince").isNull()).isFalse();
        assertThat(beat.statusCode()).isEqualTo(200);
        assertThat(json(beat).path("status").asString()).isEqualTo("RUNNING");
        assertThat(paused.path("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.path("runningSince").isNull()).isTrue();
        assertThat(pausedAgain.statusCode()).as("pausing a paused timer changes nothing").isEqualTo(200);
        assertThat(resumed.path("status").asString()).isEqualTo("RUNNING");
        assertThat(stoppedAgain.path("status").asString()).isEqualTo("STOPPED");
        assertThat(stoppedAgain.path("studiedSeconds").asLong()).isGreaterThanOrEqualTo(paused.path("studiedSeconds").asLong());
    }

    @Test
    void whatATimerCannotDoInItsStateIsAConflict() throws Exception {
        var heartbeatWhileStopped = call("POST", "/api/v1/study-timer/heartbeat");
        var pauseWhileStopped = call("POST", "/api/v1/study-timer/pause");
        call("POST", "/api/v1/study-timer/start");
        call("POST", "/api/v1/study-timer/pause");
        var heartbeatWhilePaused = call("POST", "/api/v1/study-timer/heartbeat");

        for (var refused : new HttpResponse[] { heartbeatWhileStopped, pauseWhileStopped, heartbeatWhilePaused }) {
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(refused).path("type").asString()).isEqualTo("/problems/conflict");
        }
        assertThat(json(heartbeatWhilePaused).path("detail").asString()).isEqualTo("The study timer is paused, not running");
    }

    @Test
    void mistakesAreClientErrorsNeverServerErrors() throws Exception {
        var unknownCommand = call("POST", "/api/v1/study-timer/rewind");
        var wrongMethod = call("GET", "/api/v1/study-timer/start");
        var startWithABody = http.send(HttpRequest.newBuilder(uri("/api/v1/study-timer/start"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{not json")).build(), BodyHandlers.ofString());
        var anonymous = http.send(HttpRequest.newBuilder(uri("/api/v1/study-timer")).build(), BodyHandlers.ofString());

        assertThat(unknownCommand.statusCode()).isEqualTo(404);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(startWithABody.statusCode()).as("the commands take no body").isEqualTo(200);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void eachLearnerSeesOnlyTheirOwnTimer() throws Exception {
        call("POST", "/api/v1/study-timer/start");
        var other = fixtures.accessToken(fixtures.learner("uz", TASHKENT, LocalDate.now(TASHKENT)));

        var theirs = http.send(HttpRequest.newBuilder(uri("/api/v1/study-timer")).header("Authorization", "Bearer " + other)
                .build(), BodyHandlers.ofString());

        assertThat(json(theirs).path("status").asString()).isEqualTo("STOPPED");
        assertThat(json(call("GET", "/api/v1/study-timer")).path("status").asString()).isEqualTo("RUNNING");
    }

    @Test
    void aLearnerSetsTheirIdleLimitOverRestAndGrpc() throws Exception {
        var set = idleLimit("{\"minutes\":45}");
        var tooLong = idleLimit("{\"minutes\":241}");
        var none = idleLimit("{\"minutes\":0}");

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(set).path("idleMinutes").asInt()).isEqualTo(45);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json(call("GET", "/api/v1/study-timer")).path("idleMinutes").asInt()).as("the refused values changed nothing")
                .isEqualTo(45);

        var stub = PlanServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));
        assertThat(stub.setStudyTimerIdleLimit(SetStudyTimerIdleLimitRequest.newBuilder().setMinutes(20).build()).getIdleMinutes())
                .isEqualTo(20);
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> stub.setStudyTimerIdleLimit(SetStudyTimerIdleLimitRequest.newBuilder().setMinutes(-5).build()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        assertThat(stub.getStudyTimer(GetStudyTimerRequest.getDefaultInstance()).getIdleMinutes()).isEqualTo(20);
    }

    private HttpResponse<String> idleLimit(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/study-timer/idle-limit")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    @Test
    void todayAndTheTimerOverGrpc() throws Exception {
        var stub = PlanServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));
        var todayOverRest = json(call("GET", "/api/v1/today"));

        var today = stub.getToday(GetTodayRequest.getDefaultInstance());
        var started = stub.startStudyTimer(StartStudyTimerRequest.getDefaultInstance());
        var beat = stub.sendStudyTimerHeartbeat(SendStudyTimerHeartbeatRequest.getDefaultInstance());
        var paused = stub.pauseStudyTimer(PauseStudyTimerRequest.getDefaultInstance());
        var stopped = stub.stopStudyTimer(StopStudyTimerRequest.getDefaultInstance());

        assertThat(today.getDay()).isEqualTo(todayOverRest.path("day").path("day").asInt()).isEqualTo(1);
        assertThat(today.getPhase()).isEqualTo("PROGRAM");
        assertThat(today.getWeek()).isEqualTo(1);
        assertThat(today.getNewQuestionsList())
                .containsExactlyElementsOf(todayOverRest.path("newQuestions").valueStream().map(JsonNode::asString).toList());
        assertThat(today.getFocusTopicsList())
                .containsExactlyElementsOf(todayOverRest.path("focusTopics").valueStream().map(JsonNode::asString).toList());
        assertThat(today.getQuota()).isEqualTo(5);
        assertThat(today.getHoursGoal()).isEqualTo(6);
        assertThat(started.getStatus()).isEqualTo("RUNNING");
        assertThat(started.hasRunningSince()).isTrue();
        assertThat(beat.getStatus()).isEqualTo("RUNNING");
        assertThat(paused.getStatus()).isEqualTo("PAUSED");
        assertThat(paused.hasRunningSince()).isFalse();
        assertThat(stopped.getStatus()).isEqualTo("STOPPED");
        assertThat(stopped.getTimeZone()).isEqualTo("Asia/Tashkent");
        assertThat(stopped.getDay()).isEqualTo(LocalDate.now(TASHKENT).toString());
        assertThat(stub.getStudyTimer(GetStudyTimerRequest.getDefaultInstance()).getStudiedSeconds())
                .isEqualTo(stopped.getStudiedSeconds());
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> stub.sendStudyTimerHeartbeat(SendStudyTimerHeartbeatRequest.getDefaultInstance()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> PlanServiceGrpc.newBlockingStub(grpc.channel()).getToday(GetTodayRequest.getDefaultInstance()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void studyTimeIsInTheDataDownloadAndGoesWithTheAccount() throws Exception {
        call("POST", "/api/v1/study-timer/start");
        call("POST", "/api/v1/study-timer/heartbeat");
        call("POST", "/api/v1/study-timer/stop");
        var counted = database.sql("SELECT count(*) FROM plan.study_time WHERE learner_id = :learner")
                .param("learner", learner.id());
        // full mode writes behind: wait for the flusher
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(counted.query(Long.class).single()).isPositive());

        var download = json(call("GET", "/api/v1/account/export"));
        var deleted = call("DELETE", "/api/v1/account");

        assertThat(download.path("studyTime").valueStream().map(day -> day.path("day").asString()))
                .containsExactly(LocalDate.now(TASHKENT).toString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(counted.query(Long.class).single()).isZero());
    }

    @Test
    void withoutRedisTheTimerIsUnavailableOverRestAndGrpcAndNothingChanges() throws Exception {
        try (var replica = new SpringApplicationBuilder(RoadmapApplication.class).profiles("full", "test")
                .run("--server.port=0", "--spring.grpc.server.port=0", "--spring.data.redis.url=redis://127.0.0.1:1")) {
            var replicaPort = ((WebServerApplicationContext) replica).getWebServer().getPort();

            var refused = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replicaPort + "/api/v1/study-timer/start"))
                    .header("Authorization", "Bearer " + token).POST(BodyPublishers.noBody()).build(), BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(json(refused).path("type").asString()).isEqualTo("/problems/unavailable");
            assertThat(refused.body()).doesNotContain("Exception");

            var channel = ManagedChannelBuilder.forAddress("127.0.0.1", replica.getBean(GrpcServerLifecycle.class).getPort())
                    .usePlaintext().build();
            try {
                assertThatExceptionOfType(StatusRuntimeException.class)
                        .isThrownBy(() -> PlanServiceGrpc.newBlockingStub(channel).withCallCredentials(new BearerToken(token))
                                .startStudyTimer(StartStudyTimerRequest.getDefaultInstance()))
                        .satisfies(call -> assertThat(call.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
            }
            finally {
                channel.shutdownNow();
            }
        }
        assertThat(json(call("GET", "/api/v1/study-timer")).path("status").asString()).isEqualTo("STOPPED");
    }

    private HttpResponse<String> call(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .method(method, BodyPublishers.noBody()).build(), BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<?> response) {
        return JSON.readTree((String) response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
