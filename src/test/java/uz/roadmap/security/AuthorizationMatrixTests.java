package uz.roadmap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.Map.entry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.grpc.BindableService;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.stub.ClientCalls;
import io.grpc.StatusRuntimeException;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.BearerToken;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.account.AccountManagement;

/**
 * Who may call what, declared once per operation and checked for every REST operation of the
 * OpenAPI document and every gRPC method the server offers, for every kind of caller. An operation
 * without a declared rule fails the build: nobody can add an endpoint without deciding who may call it.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    /** Who may call an operation, and what everybody else gets. */
    enum Access {
        /** anybody, signed in or not */
        PUBLIC,
        /** any signed-in user, each seeing only their own data; anonymous 401 */
        OWN_DATA,
        /** mentors and admins; anonymous 401, learners 403 */
        MENTORS,
        /** the mentor of this cohort and admins; another mentor 404 (its existence does not leak), learners 403 */
        COHORT_MENTOR,
        /** one of the caller's own items: called with somebody else's, every signed-in caller gets 404 */
        OWN_ITEM;

        /** The status class a caller must get: 0 for "allowed" (anything but 401, 403 and 404). */
        int expectedFor(String caller) {
            if (this == PUBLIC) {
                return 0;
            }
            if (caller.equals("anonymous")) {
                return 401;
            }
            if (this == OWN_ITEM) {
                return 404;
            }
            if (this == OWN_DATA || caller.equals("admin")) {
                return 0;
            }
            if (caller.contains("learner")) {
                return 403;
            }
            return this == COHORT_MENTOR && caller.equals("other mentor") ? 404 : 0;
        }
    }

    private static final Map<String, Access> REST = Map.ofEntries(
            entry("GET /api/v1/server-info", Access.PUBLIC),
            entry("GET /api/v1/roadmaps", Access.PUBLIC),
            entry("GET /api/v1/roadmaps/{roadmap}", Access.PUBLIC),
            entry("GET /api/v1/roadmaps/{roadmap}/weeks/{number}", Access.PUBLIC),
            entry("GET /api/v1/roadmaps/{roadmap}/weeks/{number}/self-test", Access.PUBLIC),
            entry("GET /api/v1/roadmaps/{roadmap}/topics", Access.PUBLIC),
            entry("GET /api/v1/roadmaps/{roadmap}/topics/{slug}", Access.PUBLIC),
            entry("GET /api/v1/roadmaps/{roadmap}/questions", Access.PUBLIC),
            entry("GET /api/v1/roadmaps/{roadmap}/questions/{slug}", Access.PUBLIC),
            entry("GET /api/v1/roadmaps/{roadmap}/questions.csv", Access.PUBLIC),
            entry("GET /api/v1/roadmaps/{roadmap}/export", Access.PUBLIC),
            entry("POST /api/v1/auth/tokens", Access.PUBLIC),
            entry("POST /api/v1/auth/refresh", Access.PUBLIC),
            entry("POST /api/v1/auth/revoke", Access.PUBLIC),
            entry("POST /api/v1/auth/sign-out-everywhere", Access.OWN_DATA),
            entry("GET /api/v1/account/profile", Access.OWN_DATA),
            entry("PUT /api/v1/account/profile", Access.OWN_DATA),
            entry("GET /api/v1/account/export", Access.OWN_DATA),
            entry("DELETE /api/v1/account", Access.OWN_DATA),
            entry("POST /api/v1/cohorts", Access.MENTORS),
            entry("GET /api/v1/cohorts", Access.MENTORS),
            entry("GET /api/v1/cohorts/{cohort}/learners", Access.COHORT_MENTOR),
            entry("POST /api/v1/cohorts/join", Access.OWN_DATA),
            entry("POST /api/v1/account/tokens", Access.OWN_DATA),
            entry("GET /api/v1/account/tokens", Access.OWN_DATA),
            entry("DELETE /api/v1/account/tokens/{token}", Access.OWN_ITEM),
            entry("GET /api/v1/today", Access.OWN_DATA),
            entry("GET /api/v1/study-timer", Access.OWN_DATA),
            entry("POST /api/v1/study-timer/start", Access.OWN_DATA),
            entry("POST /api/v1/study-timer/pause", Access.OWN_DATA),
            entry("POST /api/v1/study-timer/stop", Access.OWN_DATA),
            entry("POST /api/v1/study-timer/heartbeat", Access.OWN_DATA),
            entry("PUT /api/v1/study-timer/idle-limit", Access.OWN_DATA),
            entry("PUT /api/v1/answers/draft", Access.OWN_DATA),
            entry("POST /api/v1/answers", Access.OWN_DATA),
            entry("GET /api/v1/answers", Access.OWN_DATA),
            entry("POST /api/v1/answers/{answer}/rating", Access.OWN_ITEM),
            entry("POST /api/v1/answers/dont-know", Access.OWN_DATA),
            entry("POST /api/v1/cards", Access.OWN_DATA),
            entry("GET /api/v1/cards/due", Access.OWN_DATA),
            entry("GET /api/v1/cards/{card}", Access.OWN_ITEM),
            entry("GET /api/v1/cards/{card}/reviews", Access.OWN_ITEM),
            entry("POST /api/v1/cards/{card}/reviews", Access.OWN_ITEM),
            entry("GET /api/v1/progress/matrix", Access.OWN_DATA),
            entry("GET /api/v1/progress/topics/{topic}", Access.OWN_DATA),
            entry("GET /api/v1/progress/readiness", Access.OWN_DATA),
            entry("GET /api/v1/progress/activity", Access.OWN_DATA),
            entry("PUT /api/v1/progress/streak-minimum", Access.OWN_DATA),
            entry("GET /api/v1/progress/cohorts/{cohort}", Access.COHORT_MENTOR),
            entry("GET /api/v1/review-settings", Access.OWN_DATA),
            entry("PUT /api/v1/review-settings", Access.OWN_DATA),
            entry("POST /api/v1/self-tests", Access.OWN_DATA),
            entry("GET /api/v1/self-tests", Access.OWN_DATA),
            entry("GET /api/v1/self-tests/{attempt}", Access.OWN_ITEM),
            entry("PUT /api/v1/self-tests/{attempt}/items/{number}", Access.OWN_ITEM),
            entry("POST /api/v1/self-tests/{attempt}/submission", Access.OWN_ITEM),
            entry("GET /api/v1/self-tests/{attempt}/report", Access.OWN_ITEM),
            entry("GET /api/v1/labs", Access.OWN_DATA),
            entry("GET /api/v1/labs/{lab}", Access.OWN_DATA),
            entry("POST /api/v1/labs/{lab}/submissions", Access.OWN_DATA),
            entry("GET /api/v1/labs/{lab}/submissions", Access.OWN_DATA),
            entry("GET /api/v1/labs/{lab}/submissions/{submission}", Access.OWN_ITEM),
            entry("POST /api/v1/labs/{lab}/runs", Access.OWN_DATA),
            entry("POST /api/v1/mock-interviews", Access.OWN_DATA),
            entry("GET /api/v1/mock-interviews", Access.OWN_DATA),
            entry("GET /api/v1/mock-interviews/{mock}", Access.OWN_ITEM),
            entry("GET /api/v1/mock-interviews/{mock}/current", Access.OWN_ITEM),
            entry("POST /api/v1/mock-interviews/{mock}/questions/{number}/asking", Access.OWN_ITEM),
            entry("PUT /api/v1/mock-interviews/{mock}/questions/{number}/answer", Access.OWN_ITEM),
            entry("POST /api/v1/mock-interviews/{mock}/finish", Access.OWN_ITEM),
            entry("PUT /api/v1/mock-interviews/{mock}/questions/{number}/recording", Access.OWN_ITEM),
            entry("GET /api/v1/mock-interviews/{mock}/questions/{number}/recording/upload", Access.OWN_ITEM),
            entry("GET /api/v1/mock-interviews/{mock}/questions/{number}/recording", Access.OWN_ITEM),
            entry("PUT /api/v1/mock-interviews/{mock}/questions/{number}/grade", Access.OWN_ITEM),
            entry("PUT /api/v1/mock-interviews/{mock}/questions/{number}/mentor-grade", Access.OWN_ITEM),
            entry("GET /api/v1/mock-interviews/{mock}/report", Access.OWN_ITEM));

    private static final Map<String, Access> GRPC = Map.ofEntries(
            entry("roadmap.v1.ServerInfoService/GetServerInfo", Access.PUBLIC),
            entry("roadmap.v1.CurriculumService/GetRoadmap", Access.PUBLIC),
            entry("roadmap.v1.CurriculumService/GetWeek", Access.PUBLIC),
            entry("roadmap.v1.CurriculumService/GetTopic", Access.PUBLIC),
            entry("roadmap.v1.CurriculumService/ListQuestions", Access.PUBLIC),
            entry("roadmap.v1.CurriculumService/GetQuestion", Access.PUBLIC),
            entry("roadmap.v1.AccountService/GetProfile", Access.OWN_DATA),
            entry("roadmap.v1.ReviewService/ListDueCards", Access.OWN_DATA),
            entry("roadmap.v1.ReviewService/GetCard", Access.OWN_DATA),
            entry("roadmap.v1.ReviewService/SubmitReview", Access.OWN_DATA),
            entry("roadmap.v1.ReviewService/ListReviews", Access.OWN_DATA),
            entry("roadmap.v1.AnswerService/SaveDraft", Access.OWN_DATA),
            entry("roadmap.v1.AnswerService/SubmitAnswer", Access.OWN_DATA),
            entry("roadmap.v1.AnswerService/RateAnswer", Access.OWN_DATA),
            entry("roadmap.v1.AnswerService/DontKnow", Access.OWN_DATA),
            entry("roadmap.v1.AnswerService/ListAnswers", Access.OWN_DATA),
            entry("roadmap.v1.PlanService/GetToday", Access.OWN_DATA),
            entry("roadmap.v1.PlanService/GetStudyTimer", Access.OWN_DATA),
            entry("roadmap.v1.PlanService/StartStudyTimer", Access.OWN_DATA),
            entry("roadmap.v1.PlanService/PauseStudyTimer", Access.OWN_DATA),
            entry("roadmap.v1.PlanService/StopStudyTimer", Access.OWN_DATA),
            entry("roadmap.v1.PlanService/SendStudyTimerHeartbeat", Access.OWN_DATA),
            entry("roadmap.v1.PlanService/SetStudyTimerIdleLimit", Access.OWN_DATA),
            entry("roadmap.v1.ProgressService/GetMatrix", Access.OWN_DATA),
            entry("roadmap.v1.ProgressService/GetTopicProgress", Access.OWN_DATA),
            entry("roadmap.v1.ProgressService/GetReadiness", Access.OWN_DATA),
            entry("roadmap.v1.ProgressService/GetActivity", Access.OWN_DATA),
            entry("roadmap.v1.ProgressService/GetCohortBoard", Access.COHORT_MENTOR),
            entry("roadmap.v1.AssessmentService/StartSelfTest", Access.OWN_DATA),
            entry("roadmap.v1.AssessmentService/GetSelfTest", Access.OWN_DATA),
            entry("roadmap.v1.AssessmentService/AnswerSelfTestItem", Access.OWN_DATA),
            entry("roadmap.v1.AssessmentService/SubmitSelfTest", Access.OWN_DATA),
            entry("roadmap.v1.AssessmentService/GetSelfTestReport", Access.OWN_DATA),
            entry("roadmap.v1.AssessmentService/ListSelfTests", Access.OWN_DATA),
            entry("roadmap.v1.LabService/SubmitQuery", Access.OWN_DATA),
            entry("roadmap.v1.LabService/GetSubmission", Access.OWN_DATA),
            entry("roadmap.v1.LabService/ListSubmissions", Access.OWN_DATA),
            entry("roadmap.v1.LabService/WatchSubmission", Access.OWN_DATA),
            entry("roadmap.v1.MockInterviewService/StartMockInterview", Access.OWN_DATA),
            entry("roadmap.v1.MockInterviewService/GetMockInterview", Access.OWN_DATA),
            entry("roadmap.v1.MockInterviewService/GetCurrentQuestion", Access.OWN_DATA),
            entry("roadmap.v1.MockInterviewService/AskQuestion", Access.OWN_DATA),
            entry("roadmap.v1.MockInterviewService/AnswerQuestion", Access.OWN_DATA),
            entry("roadmap.v1.MockInterviewService/FinishAnswering", Access.OWN_DATA),
            entry("roadmap.v1.MockInterviewService/GradeAnswer", Access.OWN_DATA),
            entry("roadmap.v1.MockInterviewService/GradeAnswerAsMentor", Access.OWN_DATA),
            entry("roadmap.v1.MockInterviewService/GetMockReport", Access.OWN_DATA),
            entry("roadmap.v1.MockInterviewService/ListMockInterviews", Access.OWN_DATA),
            entry("grpc.health.v1.Health/Check", Access.PUBLIC),
            entry("grpc.health.v1.Health/List", Access.PUBLIC),
            entry("grpc.health.v1.Health/Watch", Access.PUBLIC),
            entry("grpc.reflection.v1.ServerReflection/ServerReflectionInfo", Access.PUBLIC),
            entry("grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", Access.PUBLIC));

    /** Values for path variables, so that every operation can be called for real. */
    /** Request bodies that pass validation where the answer must come from ownership, not from the body. */
    private static final Map<String, String> BODIES = Map.of("POST /api/v1/cards/{card}/reviews", "{\"rating\":3}",
            "PUT /api/v1/mock-interviews/{mock}/questions/{number}/answer", "{\"text\":\"TCP\",\"aloud\":false,\"seconds\":5}",
            "PUT /api/v1/mock-interviews/{mock}/questions/{number}/grade", "{\"covered\":[]}",
            "PUT /api/v1/mock-interviews/{mock}/questions/{number}/mentor-grade", "{\"covered\":[]}",
            "POST /api/v1/answers/{answer}/rating", "{\"covered\":[],\"rating\":3}",
            "PUT /api/v1/self-tests/{attempt}/items/{number}", "{\"choices\":[\"a\"],\"certainty\":1}",
            "PUT /api/v1/progress/streak-minimum", "{\"minimum\":5}", "PUT /api/v1/study-timer/idle-limit", "{\"minutes\":30}");

    private final Map<String, String> pathValues = new HashMap<>(Map.of("{roadmap}", "backend-8-weeks", "{number}", "1",
            "topics/{slug}", "topics/osi-tcp-udp", "{topic}", "osi-tcp-udp", "questions/{slug}", "questions/what-is-acid"));

    private static final String PASSWORD = "a long enough passphrase";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Autowired
    GrpcTestChannel grpc;

    @Autowired
    ApplicationContext application;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Each kind of caller, by name, with its access token (none for anonymous). */
    private final Map<String, String> callers = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    @BeforeAll
    void callers() throws Exception {
        callers.put("anonymous", null);
        for (var caller : new String[] { "learner", "another learner", "mentor", "other mentor", "admin" }) {
            var signedUp = signUp(caller);
            callers.put(caller, signedUp.token());
            names.put(caller, signedUp.name());
        }
        // the mentor's cohort, which the learner (but not the other learner) joined
        var cohort = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/v1/cohorts"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + callers.get("mentor"))
                .POST(BodyPublishers.ofString("{\"name\":\"Kuz 2026\"}")).build(), BodyHandlers.ofString()).body());
        pathValues.put("{cohort}", cohort.path("id").asString());
        // a personal access token of somebody who is none of the callers: nobody else may revoke it
        var ownerAccount = signUp("learner");
        var owner = ownerAccount.token();
        var foreignToken = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/v1/account/tokens"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + owner)
                .POST(BodyPublishers.ofString("{\"name\":\"ci\",\"scope\":\"full\",\"days\":7}")).build(), BodyHandlers.ofString()).body());
        pathValues.put("{token}", foreignToken.path("token").path("id").asString());
        var foreignCard = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/v1/cards"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + owner)
                .POST(BodyPublishers.ofString("{\"roadmap\":\"backend-8-weeks\",\"question\":\"what-is-acid\"}")).build(),
                BodyHandlers.ofString()).body());
        pathValues.put("{card}", foreignCard.path("id").asString());
        var foreignAnswer = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/v1/answers"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + owner)
                .POST(BodyPublishers.ofString(
                        "{\"roadmap\":\"backend-8-weeks\",\"question\":\"what-is-acid\",\"text\":\"Atomicity\"}")).build(),
                BodyHandlers.ofString()).body());
        pathValues.put("{answer}", foreignAnswer.path("answer").path("id").asString());
        var foreignAttempt = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/v1/self-tests"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + owner)
                .POST(BodyPublishers.ofString("{\"roadmap\":\"backend-8-weeks\",\"week\":1}")).build(),
                BodyHandlers.ofString()).body());
        pathValues.put("{attempt}", foreignAttempt.path("id").asString());
        pathValues.put("{lab}", "sql-orders-per-status");
        var foreignSubmission = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/v1/labs/sql-orders-per-status/submissions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + owner)
                .POST(BodyPublishers.ofString("{\"sql\":\"SELECT 1\"}")).build(), BodyHandlers.ofString()).body());
        pathValues.put("{submission}", foreignSubmission.path("id").asString());
        // a mock of the same somebody, in week 3 of their program
        database.sql("UPDATE account.account SET program_start = current_date - 20 WHERE display_name = :name")
                .param("name", ownerAccount.name()).update();
        var foreignMock = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/v1/mock-interviews"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + owner)
                .POST(BodyPublishers.ofString("{}")).build(), BodyHandlers.ofString()).body());
        pathValues.put("{mock}", foreignMock.path("id").asString());
        var joined = http.send(HttpRequest.newBuilder(uri("/api/v1/cohorts/join"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + callers.get("learner"))
                .POST(BodyPublishers.ofString("{\"inviteCode\":\"" + cohort.path("inviteCode").asString() + "\"}")).build(),
                BodyHandlers.discarding());
        assertThat(joined.statusCode()).isEqualTo(204);
    }

    private record SignedUp(String name, String token) {
    }

    /** A new account of this kind of caller, signed in over the API. */
    private SignedUp signUp(String caller) throws Exception {
        var email = caller.replace(' ', '-') + "-" + UUID.randomUUID() + "@example.com";
        var role = caller.contains("mentor") ? "MENTOR" : caller.equals("admin") ? "ADMIN" : "LEARNER";
        var name = caller + " " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(accounts.signUp(email, PASSWORD, name, "en")).isEmpty();
        database.sql("UPDATE account.account SET role = :role WHERE email = :email")
                .param("role", role).param("email", email).update();
        var tokens = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), BodyHandlers.ofString());
        return new SignedUp(name, JSON.readTree(tokens.body()).path("accessToken").asString());
    }

    @Test
    void everyRestOperationHasARule() throws Exception {
        var documented = new TreeSet<String>();
        var paths = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(), BodyHandlers.ofString()).body())
                .path("paths");
        for (var path : paths.properties()) {
            for (var method : path.getValue().properties()) {
                documented.add(method.getKey().toUpperCase() + " " + path.getKey());
            }
        }

        assertThat(documented).as("REST operations in the OpenAPI document").isEqualTo(new TreeSet<>(REST.keySet()));
    }

    @Test
    void everyGrpcMethodHasARule() {
        var offered = new TreeSet<String>();
        application.getBeansOfType(BindableService.class).values().forEach(service -> service.bindService()
                .getMethods().forEach(method -> offered.add(method.getMethodDescriptor().getFullMethodName())));

        assertThat(GRPC.keySet()).as("gRPC methods with a rule").containsAll(offered);
    }

    @Test
    void restOperationsAnswerEachCallerAsDeclared() throws Exception {
        for (var operation : REST.entrySet()) {
            for (var caller : callers.entrySet()) {
                // deleting the account and signing out everywhere are tried on a fresh account of the
                // same kind, so the callers' tokens survive
                var ending = operation.getKey().equals("DELETE /api/v1/account")
                        || operation.getKey().equals("POST /api/v1/auth/sign-out-everywhere");
                var token = ending && caller.getValue() != null
                        ? signUp(caller.getKey()).token()
                        : caller.getValue();
                var status = call(operation.getKey(), token);
                var expected = operation.getValue().expectedFor(caller.getKey());
                var expectation = operation.getKey() + " as " + caller.getKey();
                if (expected == 0) {
                    assertThat(status).as(expectation).isNotIn(401, 403, 404);
                }
                else {
                    assertThat(status).as(expectation).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aMentorSeesTheLearnersOfTheirOwnCohortOnly() throws Exception {
        var learners = http.send(HttpRequest.newBuilder(uri("/api/v1/cohorts/" + pathValues.get("{cohort}") + "/learners"))
                .header("Authorization", "Bearer " + callers.get("mentor")).build(), BodyHandlers.ofString());

        assertThat(JSON.readTree(learners.body()).findValuesAsString("displayName")).containsExactly(names.get("learner"));
    }

    @Test
    void aMentorSeesTheBoardOfTheirOwnCohortOnly() throws Exception {
        var board = http.send(HttpRequest.newBuilder(uri("/api/v1/progress/cohorts/" + pathValues.get("{cohort}")))
                .header("Authorization", "Bearer " + callers.get("mentor")).build(), BodyHandlers.ofString());
        var another = http.send(HttpRequest.newBuilder(uri("/api/v1/progress/cohorts/" + pathValues.get("{cohort}")))
                .header("Authorization", "Bearer " + callers.get("other mentor")).build(), BodyHandlers.discarding());

        assertThat(JSON.readTree(board.body()).findValuesAsString("displayName")).containsExactly(names.get("learner"));
        assertThat(another.statusCode()).isEqualTo(404);
    }

    @Test
    void everyCallerSeesOnlyTheirOwnProfile() throws Exception {
        for (var caller : names.keySet()) {
            var profile = http.send(HttpRequest.newBuilder(uri("/api/v1/account/profile"))
                    .header("Authorization", "Bearer " + callers.get(caller)).build(), BodyHandlers.ofString());

            assertThat(JSON.readTree(profile.body()).path("displayName").asString()).as(caller).isEqualTo(names.get(caller));
        }
    }

    @Test
    void grpcMethodsAnswerEachCallerAsDeclared() {
        for (var method : GRPC.entrySet()) {
            if (method.getKey().contains("Reflection") || method.getKey().endsWith("/Watch")) {
                continue; // streaming methods: covered by ServerEdgesTests and the rule check above
            }
            for (var caller : callers.entrySet()) {
                var code = unaryCall(method.getKey(), caller.getValue());
                var expectation = method.getKey() + " as " + caller.getKey();
                if (method.getValue() == Access.PUBLIC || caller.getValue() != null) {
                    assertThat(code).as(expectation).isNotIn(Status.Code.UNAUTHENTICATED, Status.Code.PERMISSION_DENIED);
                }
                else {
                    assertThat(code).as(expectation).isEqualTo(Status.Code.UNAUTHENTICATED);
                }
            }
        }
    }

    private int call(String operation, String token) throws Exception {
        var method = operation.substring(0, operation.indexOf(' '));
        var path = operation.substring(operation.indexOf(' ') + 1);
        for (var value : pathValues.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(BODIES.getOrDefault(operation, "{}")));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), BodyHandlers.discarding()).statusCode();
    }

    /** Calls a unary method with an empty request, returning the status it ended with. */
    private Status.Code unaryCall(String fullName, String token) {
        var method = MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(fullName)
                .setRequestMarshaller(BYTES)
                .setResponseMarshaller(BYTES)
                .build();
        var options = token == null ? CallOptions.DEFAULT : CallOptions.DEFAULT.withCallCredentials(new BearerToken(token));
        ClientCall<byte[], byte[]> call = grpc.channel().newCall(method, options);
        try {
            ClientCalls.blockingUnaryCall(call, new byte[0]);
            return Status.Code.OK;
        }
        catch (StatusRuntimeException refused) {
            return refused.getStatus().getCode();
        }
    }

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {

        @Override
        public java.io.InputStream stream(byte[] value) {
            return new java.io.ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(java.io.InputStream stream) {
            try {
                return stream.readAllBytes();
            }
            catch (java.io.IOException failure) {
                throw new IllegalStateException(failure);
            }
        }
    };

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
