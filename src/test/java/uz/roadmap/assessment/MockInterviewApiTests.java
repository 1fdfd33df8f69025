package uz.roadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

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
import uz.roadmap.grpc.v1.AnswerMockQuestionRequest;
import uz.roadmap.grpc.v1.GetMockInterviewRequest;
import uz.roadmap.grpc.v1.GradeMockAnswerRequest;
import uz.roadmap.grpc.v1.MockInterviewServiceGrpc;
import uz.roadmap.grpc.v1.MockQuestionRequest;
import uz.roadmap.grpc.v1.StartMockInterviewRequest;
import uz.roadmap.platform.ObjectStore;

/**
 * Mock interviews through the REST API (and gRPC), as a client runs one: asked in order, answered
 * in time, the recording uploaded in chunks and played back only by its learner and their mentor,
 * graded once the answering is over, and reported. Bad input gets a 4xx and loses nothing.
 */
@FullStackTest
class MockInterviewApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The first bytes of a WebM file, then some sound. */
    private static final byte[] WEBM = webm(40_000);

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Autowired
    GrpcTestChannel grpc;

    @Autowired
    ObjectStore objects;

    @Autowired
    MockRecordings recordings;

    private final HttpClient http = HttpClient.newHttpClient();
    private AccountFixtures fixtures;
    private AccountFixtures.Learner learner;
    private String token;

    @BeforeEach
    void learnerInWeekEight() {
        fixtures = new AccountFixtures(accounts, database);
        learner = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now(ZoneId.of("Asia/Tashkent")).minusDays(51));
        token = fixtures.accessToken(learner);
    }

    @Test
    void aWholeMockWithARecordingUploadedInChunksAndResumed() throws Exception {
        var mock = start(2);
        var id = mock.path("id").asString();
        assertThat(mock.path("week").asInt()).isEqualTo(8);
        assertThat(mock.path("questions")).hasSize(2);
        assertThat(mock.toString()).doesNotContain("keyPoints\":[{");

        assertThat(send("POST", path(id, "/questions/2/asking"), null, token).statusCode()).as("out of order").isEqualTo(409);
        var asked = json(send("POST", path(id, "/questions/1/asking"), null, token));
        assertThat(asked.path("prompt").path("en").asString()).isNotBlank();
        assertThat(json(send("GET", path(id, "/current"), null, token)).path("number").asInt()).isEqualTo(1);

        var notAudio = upload(id, 1, 0, 9, "not audio".getBytes(), token);
        assertThat(notAudio.statusCode()).isEqualTo(415);
        assertThat(notAudio.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(upload(id, 1, 0, recordings.maxBytes() + 1, Arrays.copyOf(WEBM, 100), token).statusCode()).isEqualTo(413);

        var first = json(upload(id, 1, 0, WEBM.length, Arrays.copyOf(WEBM, 16_000), token));
        assertThat(first.path("received").asLong()).isEqualTo(16_000);
        var wrongOffset = upload(id, 1, 30_000, WEBM.length, Arrays.copyOfRange(WEBM, 30_000, WEBM.length), token);
        assertThat(wrongOffset.statusCode()).as("a chunk lost on the way").isEqualTo(409);
        var progress = json(send("GET", path(id, "/questions/1/recording/upload"), null, token));
        assertThat(progress.path("received").asLong()).as("resume from here").isEqualTo(16_000);
        var rest = json(upload(id, 1, 16_000, WEBM.length, Arrays.copyOfRange(WEBM, 16_000, WEBM.length), token));
        assertThat(rest.path("complete").asBoolean()).isTrue();
        assertThat(send("PUT", path(id, "/questions/1/answer"), "{\"aloud\":true,\"seconds\":42}", token).statusCode())
                .isEqualTo(200);

        assertThat(send("PUT", path(id, "/questions/1/grade"), "{\"covered\":[0]}", token).statusCode())
                .as("grading before the end").isEqualTo(409);

        json(send("POST", path(id, "/questions/2/asking"), null, token));
        var typed = json(send("PUT", path(id, "/questions/2/answer"), "{\"text\":\"I am not sure\",\"seconds\":20}", token));
        assertThat(typed.path("answered").asBoolean()).isTrue();

        var graded = json(send("GET", "/api/v1/mock-interviews/" + id, null, token));
        assertThat(graded.path("status").asString()).isEqualTo("GRADING");
        assertThat(graded.path("questions").get(0).path("keyPoints").size()).isPositive();
        assertThat(graded.path("questions").get(0).path("recorded").asBoolean()).isTrue();
        assertThat(send("GET", path(id, "/report"), null, token).statusCode()).isEqualTo(409);
        assertThat(send("PUT", path(id, "/questions/1/grade"), "{\"covered\":[9]}", token).statusCode()).isEqualTo(422);
        assertThat(send("PUT", path(id, "/questions/1/grade"), "{\"covered\":[0,1]}", token).statusCode()).isEqualTo(200);
        assertThat(send("PUT", path(id, "/questions/2/grade"), "{\"covered\":[]}", token).statusCode()).isEqualTo(200);

        var report = json(send("GET", path(id, "/report"), null, token));
        assertThat(report.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.path("questions").get(0).path("secondsUsed").asInt()).isBetween(0, 42);
        assertThat(report.path("questions").get(1).path("essentialMissed").size()).isPositive();
        assertThat(report.path("topics").size()).isEqualTo(2);

        var played = http.send(HttpRequest.newBuilder(uri(path(id, "/questions/1/recording")))
                .header("Authorization", "Bearer " + token).build(), BodyHandlers.ofByteArray());
        assertThat(played.statusCode()).isEqualTo(200);
        assertThat(played.headers().firstValue("Content-Type")).hasValue("audio/webm");
        assertThat(played.body()).isEqualTo(WEBM);
    }

    @Test
    void onlyTheLearnerAndTheirCohortsMentorCanPlayARecordingAndTheMentorGradesItToo() throws Exception {
        var id = recordedAndCompleted();
        var mentor = fixtures.learner("uz", ZoneId.of("Asia/Tashkent"), LocalDate.now());
        database.sql("UPDATE account.account SET role = 'MENTOR' WHERE id = :id").param("id", mentor.id()).update();
        var cohort = accounts.openCohort(mentor.id(), "Kuz");
        accounts.joinCohort(learner.id(), cohort.inviteCode());
        var other = fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now()));
        var otherMentor = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now());
        database.sql("UPDATE account.account SET role = 'MENTOR' WHERE id = :id").param("id", otherMentor.id()).update();
        var mentorToken = fixtures.accessToken(mentor);

        assertThat(send("GET", path(id, "/questions/1/recording"), null, other).statusCode()).isEqualTo(404);
        assertThat(send("GET", path(id, "/questions/1/recording"), null, fixtures.accessToken(otherMentor)).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", path(id, "/report"), null, other).statusCode()).isEqualTo(404);
        assertThat(send("PUT", path(id, "/questions/1/grade"), "{\"covered\":[]}", other).statusCode())
                .as("grading another learner's mock").isEqualTo(404);
        assertThat(send("GET", path(id, "/questions/1/recording"), null, mentorToken).statusCode()).isEqualTo(200);
        assertThat(send("GET", path(id, "/report"), null, mentorToken).statusCode()).isEqualTo(200);

        assertThat(send("PUT", path(id, "/questions/1/mentor-grade"), "{\"covered\":[0]}", mentorToken).statusCode()).isEqualTo(200);
        assertThat(send("PUT", path(id, "/questions/1/mentor-grade"), "{\"covered\":[0]}", other).statusCode()).isEqualTo(404);
        var report = json(send("GET", path(id, "/report"), null, token));
        assertThat(report.path("questions").get(0).path("mentorCoverage").asDouble()).isPositive();
        assertThat(report.path("questions").get(0).path("coverage").asDouble()).as("the learner's own grade stays")
                .isEqualTo(0.0);
    }

    @Test
    void anAnswerAfterItsTimeIsRefusedAndKeepsWhatWasRecorded() throws Exception {
        var id = start(2).path("id").asString();
        json(send("POST", path(id, "/questions/1/asking"), null, token));
        assertThat(upload(id, 1, 0, WEBM.length, Arrays.copyOf(WEBM, 16_000), token).statusCode()).isEqualTo(200);
        database.sql("""
                UPDATE assessment.mock_interview
                SET sheet = jsonb_set(sheet, '{questions,0,askedAt}', to_jsonb(to_char((now() - interval '10 minutes') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')))
                WHERE id = :id""").param("id", UUID.fromString(id)).update();

        var late = send("PUT", path(id, "/questions/1/answer"), "{\"text\":\"late\",\"seconds\":20}", token);

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(late.body()).path("detail").asString()).contains("Time is up");
        assertThat(json(send("GET", path(id, "/questions/1/recording/upload"), null, token)).path("received").asLong())
                .isEqualTo(16_000);
        assertThat(json(send("GET", path(id, "/current"), null, token)).path("number").asInt()).isEqualTo(2);
    }

    @Test
    void deletingTheAccountDeletesTheRecordingsAndSoDoesTheRetentionPeriod() throws Exception {
        var id = recordedAndCompleted();
        var key = "mock-recordings/" + id + "/1.webm";
        assertThat(objects.open(key)).isPresent();

        database.sql("UPDATE assessment.mock_interview SET started_at = now() - interval '400 days' WHERE id = :id")
                .param("id", UUID.fromString(id)).update();
        recordings.deleteOldRecordings();

        assertThat(objects.open(key)).isEmpty();
        assertThat(send("GET", path(id, "/questions/1/recording"), null, token).statusCode()).isEqualTo(404);
        assertThat(send("GET", path(id, "/report"), null, token).statusCode()).as("the report stays").isEqualTo(200);

        var another = recordedAndCompleted();
        var anotherKey = "mock-recordings/" + another + "/1.webm";
        assertThat(send("DELETE", "/api/v1/account", null, token).statusCode()).isEqualTo(204);
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (objects.open(anotherKey).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(objects.open(anotherKey)).isEmpty();
    }

    @Test
    void theSameLifecycleOverGrpc() {
        var stub = MockInterviewServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));

        var started = stub.startMockInterview(StartMockInterviewRequest.newBuilder().setQuestions(1).build());
        var id = started.getMock().getId();
        assertThat(started.getResumed()).isFalse();
        assertThat(stub.getCurrentQuestion(GetMockInterviewRequest.newBuilder().setMock(id).build()).getNumber()).isEqualTo(1);
        assertThat(stub.askQuestion(MockQuestionRequest.newBuilder().setMock(id).setNumber(1).build()).getPrompt().getEn())
                .isNotBlank();
        assertThatThrownBy(() -> stub.gradeAnswer(GradeMockAnswerRequest.newBuilder().setMock(id).setNumber(1).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
        stub.answerQuestion(AnswerMockQuestionRequest.newBuilder().setMock(id).setNumber(1).setText("TCP").setSeconds(5).build());
        var graded = stub.gradeAnswer(GradeMockAnswerRequest.newBuilder().setMock(id).setNumber(1).addCovered(0).build());
        assertThat(graded.getSelfCoveredList()).containsExactly(0);

        var report = stub.getMockReport(GetMockInterviewRequest.newBuilder().setMock(id).build());
        assertThat(report.getQuestionsCount()).isEqualTo(1);
        assertThat(report.getMentorCoverage()).isEqualTo(-1);
        var other = MockInterviewServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(
                fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now()))));
        assertThatThrownBy(() -> other.getMockReport(GetMockInterviewRequest.newBuilder().setMock(id).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void aMentorReadsAndGradesTheirCohortsMockOverGrpcAndNobodyElseDoes() throws Exception {
        var id = recordedAndCompleted();
        var mentor = fixtures.learner("uz", ZoneId.of("Asia/Tashkent"), LocalDate.now());
        database.sql("UPDATE account.account SET role = 'MENTOR' WHERE id = :id").param("id", mentor.id()).update();
        accounts.joinCohort(learner.id(), accounts.openCohort(mentor.id(), "Qish").inviteCode());
        var otherMentor = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now());
        database.sql("UPDATE account.account SET role = 'MENTOR' WHERE id = :id").param("id", otherMentor.id()).update();
        var asMentor = MockInterviewServiceGrpc.newBlockingStub(grpc.channel())
                .withCallCredentials(new BearerToken(fixtures.accessToken(mentor)));
        var asOtherMentor = MockInterviewServiceGrpc.newBlockingStub(grpc.channel())
                .withCallCredentials(new BearerToken(fixtures.accessToken(otherMentor)));
        var asLearner = MockInterviewServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));
        var grade = GradeMockAnswerRequest.newBuilder().setMock(id).setNumber(1).addCovered(0).build();

        assertThat(asMentor.getMockInterview(GetMockInterviewRequest.newBuilder().setMock(id).build()).getStatus())
                .isEqualTo("COMPLETED");
        assertThat(asMentor.gradeAnswerAsMentor(grade).getMentorCoveredList()).containsExactly(0);
        assertThat(asLearner.getMockReport(GetMockInterviewRequest.newBuilder().setMock(id).build()).getMentorCoverage())
                .isPositive();
        assertThat(asLearner.getMockInterview(GetMockInterviewRequest.newBuilder().setMock(id).build())
                .getQuestions(0).getSelfCoveredList()).as("the learner's own grade stays").isEmpty();
        for (var refused : List.<Runnable>of(() -> asOtherMentor.gradeAnswerAsMentor(grade),
                () -> asOtherMentor.getMockInterview(GetMockInterviewRequest.newBuilder().setMock(id).build()),
                () -> asLearner.gradeAnswerAsMentor(grade))) {
            assertThatThrownBy(refused::run).isInstanceOfSatisfying(StatusRuntimeException.class,
                    failed -> assertThat(failed.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        }
    }

    @Test
    void mocksOpenInTheSecondWeek() throws Exception {
        var beginner = fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now()));

        assertThat(send("POST", "/api/v1/mock-interviews", "{}", beginner).statusCode()).isEqualTo(409);
    }

    /** A completed mock of one question, answered aloud with a recording. */
    private String recordedAndCompleted() throws Exception {
        var id = start(1).path("id").asString();
        json(send("POST", path(id, "/questions/1/asking"), null, token));
        assertThat(upload(id, 1, 0, WEBM.length, WEBM, token).statusCode()).isEqualTo(200);
        send("PUT", path(id, "/questions/1/answer"), "{\"aloud\":true,\"seconds\":30}", token);
        assertThat(send("PUT", path(id, "/questions/1/grade"), "{\"covered\":[]}", token).statusCode()).isEqualTo(200);
        return id;
    }

    private JsonNode start(int questions) throws Exception {
        var started = send("POST", "/api/v1/mock-interviews", "{\"questions\":" + questions + "}", token);
        assertThat(started.statusCode()).isEqualTo(201);
        return json(started);
    }

    private HttpResponse<String> upload(String mock, int number, long offset, long total, byte[] chunk, String bearer)
            throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path(mock, "/questions/" + number + "/recording?offset=" + offset
                + "&total=" + total))).header("Authorization", "Bearer " + bearer).header("Content-Type", "audio/webm")
                .PUT(BodyPublishers.ofByteArray(chunk)).build(), BodyHandlers.ofString());
    }

    private static String path(String mock, String rest) {
        return "/api/v1/mock-interviews/" + mock + rest;
    }

    private HttpResponse<String> send(String method, String path, @Nullable String body, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)).build(),
                BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private static byte[] webm(int size) {
        var bytes = new byte[size];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 0x1A;
        bytes[1] = 0x45;
        bytes[2] = (byte) 0xDF;
        bytes[3] = (byte) 0xA3;
        return bytes;
    }
}
