package uz.roadmap.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import uz.roadmap.BearerToken;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.grpc.v1.Answer;
import uz.roadmap.grpc.v1.AnswerServiceGrpc;
import uz.roadmap.grpc.v1.DontKnowRequest;
import uz.roadmap.grpc.v1.ListAnswersRequest;
import uz.roadmap.grpc.v1.RateAnswerRequest;
import uz.roadmap.grpc.v1.WriteAnswerRequest;

/**
 * Writing an answer: drafts are autosaved, the submitted answer is checked against the key points,
 * and the confirmed rating schedules the question's card.
 */
@FullStackTest
class AnswerApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a long enough passphrase";
    private static final String QUESTION = "tcp-three-way-handshake";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Curriculum curriculum;

    @Autowired
    GrpcTestChannel grpc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    @BeforeEach
    void signIn() throws Exception {
        var email = "answers-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(email, PASSWORD, "Aziza", "uz")).isEmpty();
        var tokens = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                BodyHandlers.ofString());
        token = JSON.readTree(tokens.body()).path("accessToken").asString();
    }

    @Test
    void aDraftIsAutosavedInPlace() throws Exception {
        send("PUT", "/api/v1/answers/draft", writing("SYN"));
        var saved = json(send("PUT", "/api/v1/answers/draft", writing("SYN, then SYN-ACK")));

        var answers = json(send("GET", "/api/v1/answers?roadmap=backend-8-weeks&question=" + QUESTION, null));
        assertThat(answers).hasSize(1);
        assertThat(saved.path("text").asString()).isEqualTo("SYN, then SYN-ACK");
        assertThat(saved.path("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aSubmittedAnswerShowsTheKeyPointsAndConfirmingItSchedulesTheCard() throws Exception {
        var modelAnswer = curriculum.question("backend-8-weeks", QUESTION).orElseThrow().answer().en();

        var check = json(send("POST", "/api/v1/answers", writing(modelAnswer)));

        assertThat(check.path("modelAnswer").path("uz").asString()).isNotBlank();
        assertThat(check.path("keyPoints").findValues("suggested")).anySatisfy(suggested -> assertThat(suggested.asBoolean()).isTrue());
        assertThat(check.path("answer").path("suggestedRating").asInt()).isBetween(1, 4);
        var answer = check.path("answer").path("id").asString();

        var rated = send("POST", "/api/v1/answers/" + answer + "/rating", "{\"covered\":[0,1],\"rating\":3}");
        assertThat(rated.statusCode()).isEqualTo(200);
        assertThat(json(rated).path("answer").path("confirmedPoints").valueStream().map(JsonNode::asInt)).containsExactly(0, 1);
        assertThat(json(rated).path("card").path("reps").asInt()).isEqualTo(1);
        assertThat(json(rated).path("card").path("state").asString()).isEqualTo("LEARNING");

        assertThat(send("POST", "/api/v1/answers/" + answer + "/rating", "{\"covered\":[0],\"rating\":4}").statusCode())
                .as("an answer is rated once").isEqualTo(404);
    }

    @Test
    void ticksOfKeyPointsTheQuestionDoesNotHaveAreRefused() throws Exception {
        var answer = json(send("POST", "/api/v1/answers", writing("SYN"))).path("answer").path("id").asString();

        var rated = send("POST", "/api/v1/answers/" + answer + "/rating", "{\"covered\":[0,9],\"rating\":3}");

        assertThat(rated.statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownQuestionIsNotFound() throws Exception {
        var body = JsonNodeFactory.instance.objectNode().put("roadmap", "backend-8-weeks").put("question", "no-such-question")
                .put("text", "anything");

        assertThat(send("POST", "/api/v1/answers", body.toString()).statusCode()).isEqualTo(404);
    }

    @Test
    void aBlankAnswerIsRefusedAndRevealsNoModelAnswer() throws Exception {
        var refused = send("POST", "/api/v1/answers", writing(" \n\t "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("write something first").doesNotContain("modelAnswer");
        var answers = AnswerServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> answers.submitAnswer(WriteAnswerRequest.newBuilder().setRoadmap("backend-8-weeks")
                        .setQuestion(QUESTION).setText("   ").build()))
                .satisfies(grpcRefused -> assertThat(grpcRefused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void iDontKnowCountsAsAgainKeepsTheDraftAndShowsTheModelAnswer() throws Exception {
        send("PUT", "/api/v1/answers/draft", writing("SYN, and then?"));
        var question = JsonNodeFactory.instance.objectNode().put("roadmap", "backend-8-weeks").put("question", QUESTION);

        var shown = send("POST", "/api/v1/answers/dont-know", question.toString());

        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        var body = json(shown);
        assertThat(body.path("modelAnswer").path("en").asString())
                .isEqualTo(curriculum.question("backend-8-weeks", QUESTION).orElseThrow().answer().en());
        assertThat(body.path("keyPoints").findValues("suggested")).allSatisfy(suggested -> assertThat(suggested.asBoolean()).isFalse());
        assertThat(body.path("answer").path("text").asString()).as("the draft is kept as the answer").isEqualTo("SYN, and then?");
        assertThat(body.path("answer").path("rating").asInt()).as("Again").isEqualTo(1);
        assertThat(body.path("card").path("reps").asInt()).isEqualTo(1);
        var answers = json(send("GET", "/api/v1/answers?roadmap=backend-8-weeks&question=" + QUESTION, null));
        assertThat(answers).singleElement().satisfies(answer -> assertThat(answer.path("status").asString()).isEqualTo("RATED"));

        question.put("question", "no-such-question");
        assertThat(send("POST", "/api/v1/answers/dont-know", question.toString()).statusCode()).isEqualTo(404);
        var grpcAnswers = AnswerServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));
        var overGrpc = grpcAnswers.dontKnow(DontKnowRequest.newBuilder().setRoadmap("backend-8-weeks").setQuestion(QUESTION).build());
        assertThat(overGrpc.getAnswer().getRating()).isEqualTo(1);
        assertThat(overGrpc.getModelAnswer().getUz()).isNotBlank();
        assertThat(overGrpc.getCard().getReps()).as("the card's second review").isEqualTo(2);
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> grpcAnswers.dontKnow(DontKnowRequest.newBuilder().setRoadmap("backend-8-weeks")
                        .setQuestion("no-such-question").build()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void theSameOperationsOverGrpc() {
        var answers = AnswerServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));
        var modelAnswer = curriculum.question("backend-8-weeks", QUESTION).orElseThrow().answer().en();
        var writing = WriteAnswerRequest.newBuilder().setRoadmap("backend-8-weeks").setQuestion(QUESTION);

        assertThat(answers.saveDraft(writing.setText("SYN").build()).getStatus()).isEqualTo("DRAFT");
        var check = answers.submitAnswer(writing.setText(modelAnswer).build());
        var rated = answers.rateAnswer(RateAnswerRequest.newBuilder().setAnswer(check.getAnswer().getId())
                .addAllCovered(check.getAnswer().getSuggestedPointsList()).setRating(3).build());

        assertThat(check.getModelAnswer().getEn()).isEqualTo(modelAnswer);
        assertThat(check.getKeyPointsList()).anySatisfy(point -> assertThat(point.getSuggested()).isTrue());
        assertThat(rated.getAnswer().getStatus()).isEqualTo("RATED");
        assertThat(rated.getCard().getReps()).isEqualTo(1);
        assertThat(answers.listAnswers(ListAnswersRequest.newBuilder().setRoadmap("backend-8-weeks").setQuestion(QUESTION)
                .build()).getAnswersList()).extracting(Answer::getStatus).containsExactly("RATED");
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> answers.submitAnswer(writing.setQuestion("no-such-question").build()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> answers.rateAnswer(RateAnswerRequest.newBuilder().setAnswer(check.getAnswer().getId())
                        .setRating(5).build()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    private static String writing(String text) {
        return JsonNodeFactory.instance.objectNode().put("roadmap", "backend-8-weeks").put("question", QUESTION)
                .put("text", text).toString();
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json));
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
