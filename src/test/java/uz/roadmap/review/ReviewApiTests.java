package uz.roadmap.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.google.protobuf.Timestamp;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.BearerToken;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.grpc.v1.GetCardRequest;
import uz.roadmap.grpc.v1.ListReviewsRequest;
import uz.roadmap.grpc.v1.ReviewServiceGrpc;
import uz.roadmap.grpc.v1.SubmitReviewRequest;
import uz.roadmap.account.AccountManagement;

/**
 * Reviews over the REST API: the log is append-only and replaying it always gives the stored
 * state; late reviews carry their real time; retries are recorded once; impossible times are refused.
 */
@FullStackTest
class ReviewApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    JdbcClient database;

    @Autowired
    GrpcTestChannel grpc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;
    private UUID learner;

    @BeforeEach
    void signIn() throws Exception {
        var email = "reviews-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(email, PASSWORD, "Aziza", "uz")).isEmpty();
        learner = database.sql("SELECT id FROM account.account WHERE email = :email").param("email", email)
                .query(UUID.class).single();
        token = signIn(email);
    }

    @Test
    void replayingTheLogGivesTheStoredStateAfterARandomWorkload() throws Exception {
        var random = new Random(20261124);
        var cards = new ArrayList<UUID>();
        for (var question : new String[] { "what-is-acid", "how-deadlock-happens", "when-to-create-index" }) {
            cards.add(introduce(question));
        }
        var at = Instant.now().minus(Duration.ofDays(400));
        for (int review = 0; review < 60; review++) {
            at = at.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 6)));
            var card = cards.get(random.nextInt(cards.size()));
            var response = post("/api/v1/cards/" + card + "/reviews",
                    "{\"rating\":" + (1 + random.nextInt(4)) + ",\"reviewedAt\":\"" + at + "\"}", null);
            assertThat(response.statusCode()).isEqualTo(200);
        }

        for (var card : cards) {
            assertThat(reviews.replay(learner, card)).isEqualTo(reviews.stored(learner, card));
        }
    }

    @Test
    void replayStillGivesTheStoredStateWhenSettingsChangeBetweenReviews() throws Exception {
        var random = new Random(20261125);
        var cards = new ArrayList<UUID>();
        for (var question : new String[] { "what-is-acid", "how-deadlock-happens", "when-to-create-index", "default-isolation-level" }) {
            cards.add(introduce(question));
        }
        var settings = new String[] {
                "{\"desiredRetention\":0.8,\"dailyReviewLimit\":500,\"loadBalancing\":true,\"easyDays\":[\"SUNDAY\"]}",
                "{\"desiredRetention\":0.95,\"dailyReviewLimit\":500,\"loadBalancing\":false,\"easyDays\":[]}",
                "{\"desiredRetention\":0.9,\"dailyReviewLimit\":500,\"loadBalancing\":true,\"easyDays\":[\"MONDAY\",\"FRIDAY\"]}" };
        var at = Instant.now().minus(Duration.ofDays(500));
        for (int review = 0; review < 80; review++) {
            if (review % 20 == 0) {
                assertThat(put("/api/v1/review-settings", settings[random.nextInt(settings.length)]).statusCode()).isEqualTo(200);
            }
            at = at.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 8)));
            var card = cards.get(random.nextInt(cards.size()));
            assertThat(post("/api/v1/cards/" + card + "/reviews",
                    "{\"rating\":" + (1 + random.nextInt(4)) + ",\"reviewedAt\":\"" + at + "\"}", null).statusCode())
                    .isEqualTo(200);
        }

        for (var card : cards) {
            assertThat(reviews.replay(learner, card)).isEqualTo(reviews.stored(learner, card));
        }
    }

    @Test
    void theDailyLimitCapsReviewsOfLearnedCardsButNeverLearningOnes() throws Exception {
        for (var question : new String[] { "what-is-acid", "how-deadlock-happens", "when-to-create-index" }) {
            graduateLongAgo(introduce(question));
        }
        var learning = introduce("default-isolation-level");
        put("/api/v1/review-settings", "{\"desiredRetention\":0.9,\"dailyReviewLimit\":2,\"loadBalancing\":true,\"easyDays\":[]}");

        var due = json(get("/api/v1/cards/due"));
        assertThat(due.findValuesAsString("state")).containsExactlyInAnyOrder("REVIEW", "REVIEW", "NEW");
        assertThat(reviews.dueNow(learner)).isEqualTo(new ReviewManagement.DueNow(3, 1));

        var first = UUID.fromString(due.findValuesAsString("id").get(due.findValuesAsString("state").indexOf("REVIEW")));
        post("/api/v1/cards/" + first + "/reviews", "{\"rating\":3}", null);

        var after = json(get("/api/v1/cards/due"));
        assertThat(after.findValuesAsString("state")).containsExactlyInAnyOrder("REVIEW", "NEW");
        assertThat(after.findValuesAsString("id")).contains(learning.toString()).doesNotContain(first.toString());
    }

    @Test
    void aLongIntervalMovesOffEasyDays() throws Exception {
        var card = introduce("what-is-acid");
        var at = Instant.now().minus(Duration.ofDays(900));
        for (var days : new int[] { 0, 30, 200 }) {
            post("/api/v1/cards/" + card + "/reviews", "{\"rating\":4,\"reviewedAt\":\"" + at.plus(Duration.ofDays(days)) + "\"}",
                    null);
        }
        var everyDayButWednesday = "[\"MONDAY\",\"TUESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]";
        put("/api/v1/review-settings", "{\"desiredRetention\":0.9,\"dailyReviewLimit\":200,\"loadBalancing\":true,"
                + "\"easyDays\":" + everyDayButWednesday + "}");

        var reviewed = json(post("/api/v1/cards/" + card + "/reviews", "{\"rating\":3}", null));
        var last = json(get("/api/v1/cards/" + card + "/reviews")).get(3);

        // an interval of 30 days or more has a fuzz range of at least a week: one of its days is a Wednesday
        assertThat(last.path("scheduledDays").asInt()).isGreaterThanOrEqualTo(30);
        assertThat(Instant.parse(reviewed.path("due").asString()).atZone(ZoneId.of("Asia/Tashkent")).getDayOfWeek())
                .isEqualTo(DayOfWeek.WEDNESDAY);
    }

    @Test
    void reviewSettingsAreCheckedAndKept() throws Exception {
        var outOfRange = put("/api/v1/review-settings",
                "{\"desiredRetention\":0.99,\"dailyReviewLimit\":0,\"loadBalancing\":true,\"easyDays\":[]}");
        var notADay = put("/api/v1/review-settings",
                "{\"desiredRetention\":0.9,\"dailyReviewLimit\":10,\"loadBalancing\":true,\"easyDays\":[\"FUNDAY\"]}");
        var saved = put("/api/v1/review-settings",
                "{\"desiredRetention\":0.85,\"dailyReviewLimit\":50,\"loadBalancing\":false,\"easyDays\":[\"SUNDAY\"]}");

        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(json(outOfRange).path("type").asString()).startsWith("/problems/");
        assertThat(notADay.statusCode()).isEqualTo(400);
        assertThat(saved.statusCode()).isEqualTo(200);
        var kept = json(get("/api/v1/review-settings"));
        assertThat(kept.path("desiredRetention").asDouble()).isEqualTo(0.85);
        assertThat(kept.path("dailyReviewLimit").asInt()).isEqualTo(50);
        assertThat(kept.path("loadBalancing").asBoolean()).isFalse();
        assertThat(kept.path("easyDays").get(0).asString()).isEqualTo("SUNDAY");
    }

    @Test
    void aLearnersDownloadHoldsTheirReviewDataAndDeletingTheAccountTakesItAway() throws Exception {
        var card = introduce("what-is-acid");
        post("/api/v1/cards/" + card + "/reviews", "{\"rating\":3}", null);
        post("/api/v1/answers", "{\"roadmap\":\"backend-8-weeks\",\"question\":\"what-is-acid\",\"text\":\"atomicity\"}", null);
        put("/api/v1/review-settings", "{\"desiredRetention\":0.85,\"dailyReviewLimit\":50,\"loadBalancing\":true,\"easyDays\":[]}");

        var download = json(get("/api/v1/account/export")).path("reviews");
        assertThat(download.path("settings").path("desiredRetention").asDouble()).isEqualTo(0.85);
        assertThat(download.path("cards").get(0).path("card").path("id").asString()).isEqualTo(card.toString());
        assertThat(download.path("cards").get(0).path("reviews")).hasSize(1);
        assertThat(download.path("answers").get(0).path("text").asString()).isEqualTo("atomicity");

        accounts.delete(learner);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (var table : new String[] { "card", "review_log", "answer", "learner_settings" }) {
                assertThat(database.sql("SELECT count(*) FROM review." + table + " WHERE learner_id = :learner")
                        .param("learner", learner).query(Integer.class).single()).as(table).isZero();
            }
        });
    }

    /** Reviews a new card Easy two months ago: it is a learned card, due again by now. */
    private void graduateLongAgo(UUID card) throws Exception {
        var response = post("/api/v1/cards/" + card + "/reviews",
                "{\"rating\":4,\"reviewedAt\":\"" + Instant.now().minus(Duration.ofDays(60)) + "\"}", null);
        assertThat(json(response).path("state").asString()).isEqualTo("REVIEW");
    }

    @Test
    void aRetriedReviewIsRecordedOnce() throws Exception {
        var card = introduce("what-is-acid");
        var key = UUID.randomUUID().toString();

        var first = post("/api/v1/cards/" + card + "/reviews", "{\"rating\":3}", key);
        var retry = post("/api/v1/cards/" + card + "/reviews", "{\"rating\":3}", key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json(retry).path("reps").asInt()).isEqualTo(1);
        assertThat(json(get("/api/v1/cards/" + card + "/reviews"))).hasSize(1);
    }

    @Test
    void anIdempotencyKeyMeansOneRequest() throws Exception {
        var first = introduce("what-is-acid");
        var second = introduce("how-deadlock-happens");
        var key = "review-" + UUID.randomUUID();

        var recorded = post("/api/v1/cards/" + first + "/reviews", "{\"rating\":3}", key);
        var otherCard = post("/api/v1/cards/" + second + "/reviews", "{\"rating\":3}", key);
        var otherRating = post("/api/v1/cards/" + first + "/reviews", "{\"rating\":1}", key);
        var empty = post("/api/v1/cards/" + second + "/reviews", "{\"rating\":3}", " ");

        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(otherCard.statusCode()).isEqualTo(422);
        assertThat(json(otherCard).path("detail").asString()).contains("different request");
        assertThat(otherRating.statusCode()).isEqualTo(422);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).path("type").asString()).isEqualTo("/problems/bad-request");
        assertThat(json(get("/api/v1/cards/" + second + "/reviews"))).isEmpty();
    }

    @Test
    void aReviewDatedBeforeTheCardWasMadeIsRefused() throws Exception {
        var card = introduceNow("what-is-acid");

        var yearOne = post("/api/v1/cards/" + card + "/reviews", "{\"rating\":3,\"reviewedAt\":\"0001-01-01T00:00:00Z\"}", null);
        var lastWeek = post("/api/v1/cards/" + card + "/reviews",
                "{\"rating\":3,\"reviewedAt\":\"" + Instant.now().minus(Duration.ofDays(7)) + "\"}", null);
        var farOut = post("/api/v1/cards/" + card + "/reviews", "{\"rating\":3,\"reviewedAt\":\"-999999999-01-01T00:00:00Z\"}", null);

        assertThat(yearOne.statusCode()).isEqualTo(422);
        assertThat(json(yearOne).path("detail").asString()).contains("before the card was made");
        assertThat(lastWeek.statusCode()).isEqualTo(422);
        assertThat(farOut.statusCode()).isEqualTo(400);
        assertThat(json(get("/api/v1/cards/" + card + "/reviews"))).isEmpty();
    }

    @Test
    void aReviewDatedInTheFutureOrBeforeTheLastOneIsRefused() throws Exception {
        var card = introduce("what-is-acid");
        var future = post("/api/v1/cards/" + card + "/reviews",
                "{\"rating\":3,\"reviewedAt\":\"" + Instant.now().plus(Duration.ofHours(2)) + "\"}", null);
        post("/api/v1/cards/" + card + "/reviews", "{\"rating\":3}", null);
        var beforeLast = post("/api/v1/cards/" + card + "/reviews",
                "{\"rating\":3,\"reviewedAt\":\"" + Instant.now().minus(Duration.ofDays(1)) + "\"}", null);

        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(json(future).path("type").asString()).isEqualTo("/problems/unprocessable");
        assertThat(json(future).path("detail").asString()).contains("future");
        assertThat(beforeLast.statusCode()).isEqualTo(422);
        assertThat(json(get("/api/v1/cards/" + card + "/reviews"))).hasSize(1);
    }

    @Test
    void aCardShowsItsMemoryAndTheDueQueuePutsTheMostForgottenFirst() throws Exception {
        var fresh = introduce("what-is-acid");
        var reviewedLongAgo = introduce("how-deadlock-happens");
        post("/api/v1/cards/" + reviewedLongAgo + "/reviews",
                "{\"rating\":3,\"reviewedAt\":\"" + Instant.now().minus(Duration.ofDays(90)) + "\"}", null);

        var card = json(get("/api/v1/cards/" + reviewedLongAgo));
        var due = json(get("/api/v1/cards/due"));

        assertThat(card.path("state").asString()).isEqualTo("LEARNING");
        assertThat(card.path("retrievability").asDouble()).isBetween(0.0, 1.0);
        assertThat(due.findValuesAsString("id")).containsExactly(fresh.toString(), reviewedLongAgo.toString());
    }

    @Test
    void anotherLearnersCardIsNotFound() throws Exception {
        var card = introduce("what-is-acid");
        var email = "other-" + UUID.randomUUID() + "@example.com";
        accounts.signUp(email, PASSWORD, "Other", "uz");
        var other = signIn(email);

        var response = http.send(HttpRequest.newBuilder(uri("/api/v1/cards/" + card))
                .header("Authorization", "Bearer " + other).build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void theSameOperationsOverGrpc() throws Exception {
        var card = introduce("what-is-acid");
        var stub = ReviewServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(token));
        var review = SubmitReviewRequest.newBuilder().setCard(card.toString()).setRating(3).setIdempotencyKey("grpc-1").build();

        var reviewed = stub.submitReview(review);
        stub.submitReview(review);
        var otherCard = introduce("how-deadlock-happens");
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> stub.submitReview(review.toBuilder().setCard(otherCard.toString()).build()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));

        assertThat(reviewed.getState()).isEqualTo("LEARNING");
        assertThat(stub.getCard(GetCardRequest.newBuilder().setCard(card.toString()).build()).getReps()).isEqualTo(1);
        assertThat(stub.listReviews(ListReviewsRequest.newBuilder().setCard(card.toString()).build()).getReviewsCount())
                .isEqualTo(1);
        var future = Instant.now().plus(Duration.ofDays(1));
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> stub.submitReview(SubmitReviewRequest.newBuilder().setCard(card.toString()).setRating(3)
                        .setReviewedAt(Timestamp.newBuilder().setSeconds(future.getEpochSecond())).build()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> stub.getCard(GetCardRequest.newBuilder().setCard(UUID.randomUUID().toString()).build()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    /** A card the learner met long ago (about three years), so that reviews can be placed in the past. */
    private UUID introduce(String question) throws Exception {
        var card = introduceNow(question);
        database.sql("UPDATE review.card SET created_at = created_at - interval '1000 days' WHERE id = :card")
                .param("card", card).update();
        return card;
    }

    private UUID introduceNow(String question) throws Exception {
        return UUID.fromString(json(post("/api/v1/cards", "{\"roadmap\":\"backend-8-weeks\",\"question\":\"" + question + "\"}",
                null)).path("id").asString());
    }

    private String signIn(String email) throws Exception {
        var tokens = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                BodyHandlers.ofString());
        return JSON.readTree(tokens.body()).path("accessToken").asString();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build(),
                BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).PUT(BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String idempotencyKey) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
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
