package uz.roadmap.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.roadmap.FullStackTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.client.ApiClient;
import uz.roadmap.client.ApiException;
import uz.roadmap.client.api.AuthenticationApi;
import uz.roadmap.client.api.CurriculumApi;
import uz.roadmap.client.api.ReviewsApi;
import uz.roadmap.client.model.Credentials;
import uz.roadmap.client.model.NewCard;
import uz.roadmap.client.model.NewReview;

/**
 * A client generated from the OpenAPI document by a standard generator (openapi-generator's Java
 * client, built from {@code docs/api/openapi.json} by the Maven build) does what a learner's app
 * does: signs in, finds a question, starts learning it and submits a review, with the bearer
 * token the document declares.
 */
@FullStackTest
class GeneratedClientTests {

    private static final String ROADMAP = "backend-8-weeks";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Test
    void signsInAndSubmitsAReview() throws Exception {
        var learner = new AccountFixtures(accounts, database).learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now());
        var anonymous = client(null);

        var tokens = new AuthenticationApi(anonymous)
                .authTokens(new Credentials().email(learner.email()).password(AccountFixtures.PASSWORD));
        var question = new CurriculumApi(anonymous).curriculumQuestions(ROADMAP, 1, null, null, 0, 1).getItems().getFirst();

        var reviews = new ReviewsApi(client(tokens.getAccessToken()));
        var card = reviews.reviewIntroduce(new NewCard().roadmap(ROADMAP).question(question.getSlug()));
        var reviewed = reviews.reviewReview(card.getId(), new NewReview().rating(3), UUID.randomUUID().toString());

        assertThat(tokens.getTokenType()).isEqualToIgnoringCase("Bearer");
        assertThat(reviewed.getId()).isEqualTo(card.getId());
        assertThat(reviewed.getReps()).isEqualTo(1);
        assertThat(reviewed.getDue()).isAfter(card.getDue());
    }

    @Test
    void withoutItsTokenTheClientIsRefusedWithProblemDetails() {
        var refused = catchThrowableOfType(ApiException.class,
                () -> new ReviewsApi(client(null)).reviewDue(10));

        assertThat(refused.getCode()).isEqualTo(401);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private ApiClient client(String token) {
        var client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
