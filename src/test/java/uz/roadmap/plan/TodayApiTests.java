package uz.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.FullStackTest;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;
import uz.roadmap.curriculum.Curriculum;

/**
 * Today follows the roadmap's quota: five new questions on day 1, twenty on day 50 from the
 * earlier weeks.
 */
@FullStackTest
class TodayApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a long enough passphrase";
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Curriculum curriculum;

    @Autowired
    JdbcClient database;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void dayOneHasFiveNewQuestionsOfWeekOne() throws Exception {
        var today = today(LocalDate.now(TASHKENT));

        assertThat(today.path("day").path("day").asInt()).isEqualTo(1);
        assertThat(today.path("week").asInt()).isEqualTo(1);
        assertThat(today.path("newQuestions")).hasSize(5);
        assertThat(today.path("newQuestions").valueStream().map(slug -> weekOf(slug.asString()))).containsOnly(1);
        assertThat(today.path("focusTopics").valueStream().map(JsonNode::asString)).contains("osi-tcp-udp");
        assertThat(today.path("hoursGoal").asInt()).isEqualTo(6);
    }

    @Test
    void dayFiftyHasTwentyNewQuestionsFromTheEarlierWeeks() throws Exception {
        var today = today(LocalDate.now(TASHKENT).minusDays(49));

        assertThat(today.path("day").path("day").asInt()).isEqualTo(50);
        assertThat(today.path("newQuestions")).hasSize(20);
        assertThat(today.path("newQuestions").valueStream().map(slug -> weekOf(slug.asString())))
                .allSatisfy(week -> assertThat(week).isBetween(1, 7));
    }

    @Test
    void beforeTheStartThereAreNoNewQuestions() throws Exception {
        var today = today(LocalDate.now(TASHKENT).plusDays(3));

        assertThat(today.path("day").path("phase").asString()).isEqualTo("NOT_STARTED");
        assertThat(today.path("newQuestions")).isEmpty();
    }

    private int weekOf(String question) {
        return curriculum.question(DailyPlan.ROADMAP, question).orElseThrow().week();
    }

    /** Today for a new learner whose program started on this date. */
    private JsonNode today(LocalDate start) throws Exception {
        var email = "today-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(email, PASSWORD, "Aziza", "uz")).isEmpty();
        var learner = database.sql("SELECT id FROM account.account WHERE email = :email").param("email", email)
                .query(UUID.class).single();
        accounts.updateProfile(learner, new Profile("Aziza", "uz", TASHKENT, start, null, 6));
        var tokens = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                BodyHandlers.ofString());
        var token = JSON.readTree(tokens.body()).path("accessToken").asString();
        var today = http.send(HttpRequest.newBuilder(uri("/api/v1/today")).header("Authorization", "Bearer " + token).build(),
                BodyHandlers.ofString());
        assertThat(today.statusCode()).isEqualTo(200);
        return JSON.readTree(today.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
