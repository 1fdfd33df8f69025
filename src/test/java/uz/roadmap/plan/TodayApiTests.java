package uz.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.FullStackTest;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.assessment.MockGrading;
import uz.roadmap.assessment.MockInterviews;
import uz.roadmap.assessment.MockTiming;
import uz.roadmap.assessment.SelfTests;
import uz.roadmap.curriculum.Curriculum;

/**
 * Today follows the roadmap's quota: five new questions on day 1, twenty on day 50 from the
 * earlier weeks; from a week's last day, its self-test waits until it is taken.
 */
@FullStackTest
class TodayApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Curriculum curriculum;

    @Autowired
    SelfTests selfTests;

    @Autowired
    JdbcClient database;

    @Autowired
    MockInterviews mockInterviews;

    @Autowired
    MockGrading mockGrading;

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

    @Test
    void theWeeksSelfTestWaitsFromTheWeeksLastDayUntilItIsTaken() throws Exception {
        assertThat(today(LocalDate.now(TASHKENT).minusDays(5)).path("selfTests")).as("day 6").isEmpty();

        var learner = learner(LocalDate.now(TASHKENT).minusDays(6));
        var daySeven = today(learner);
        assertThat(daySeven.path("day").path("day").asInt()).isEqualTo(7);
        assertThat(daySeven.path("selfTests")).hasSize(1);
        assertThat(daySeven.path("selfTests").path(0).path("week").asInt()).isEqualTo(1);
        assertThat(daySeven.path("selfTests").path(0).path("started").asBoolean()).isFalse();

        var attempt = ((SelfTests.Started) selfTests.start(learner.id(), DailyPlan.ROADMAP, 1, null)).attempt();
        assertThat(today(learner).path("selfTests").path(0).path("started").asBoolean()).isTrue();

        assertThat(selfTests.submit(learner.id(), attempt.id(), null)).isInstanceOf(SelfTests.Submitted.class);
        assertThat(today(learner).path("selfTests")).as("taken").isEmpty();

        var laterLearner = learner(LocalDate.now(TASHKENT).minusDays(15));
        assertThat(today(laterLearner).path("selfTests").valueStream().map(due -> due.path("week").asInt()))
                .as("day 16: weeks 1 and 2 not taken yet").containsExactly(1, 2);
    }

    @Test
    void inWeekEightTodayAsksForAMockInterviewUntilOneIsCompletedToday() throws Exception {
        assertThat(today(LocalDate.now(TASHKENT).minusDays(40)).path("mockInterviewDue").asBoolean()).as("week 6").isFalse();

        var learner = learner(LocalDate.now(TASHKENT).minusDays(50));
        assertThat(today(learner).path("mockInterviewDue").asBoolean()).as("week 8").isTrue();

        var mock = ((MockInterviews.Started) mockInterviews.start(learner.id(), DailyPlan.ROADMAP, 1, MockTiming.DEFAULT, null))
                .mock();
        mockInterviews.ask(learner.id(), mock.id(), 1);
        mockInterviews.answer(learner.id(), mock.id(), 1, "I would say", false, 30);
        assertThat(today(learner).path("mockInterviewDue").asBoolean()).as("graded not yet").isTrue();
        assertThat(mockGrading.grade(learner.id(), mock.id(), 1, java.util.List.of())).isInstanceOf(MockGrading.Graded.class);
        assertThat(today(learner).path("mockInterviewDue").asBoolean()).as("completed today").isFalse();
    }

    private int weekOf(String question) {
        return curriculum.question(DailyPlan.ROADMAP, question).orElseThrow().week();
    }

    /** Today for a new learner whose program started on this date. */
    private JsonNode today(LocalDate start) throws Exception {
        return today(learner(start));
    }

    private AccountFixtures.Learner learner(LocalDate start) {
        return new AccountFixtures(accounts, database).learner("uz", TASHKENT, start);
    }

    private JsonNode today(AccountFixtures.Learner learner) throws Exception {
        var token = new AccountFixtures(accounts, database).accessToken(learner);
        var today = http.send(HttpRequest.newBuilder(uri("/api/v1/today")).header("Authorization", "Bearer " + token).build(),
                BodyHandlers.ofString());
        assertThat(today.statusCode()).isEqualTo(200);
        return JSON.readTree(today.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
