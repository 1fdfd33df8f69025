package uz.roadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.assessment.MockInterviews.NotOpenYet;
import uz.roadmap.assessment.MockInterviews.Started;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.review.ReviewManagement;

/**
 * The mock interview on its own (with the modules it depends on): the draw reads the weeks studied,
 * the learner's last grade publishes {@link MockInterviewCompleted}, and the weak answers become
 * reviews due soon.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles({ "full", "test" })
class MockInterviewModuleTests {

    private static final String ROADMAP = "backend-8-weeks";

    @Autowired
    MockInterviews interviews;

    @Autowired
    MockGrading grading;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    Curriculum curriculum;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Test
    void mocksOpenInTheSecondWeek() {
        var learner = learnerInDay(3);

        assertThat(interviews.start(learner, ROADMAP, 6, MockTiming.DEFAULT, null)).isEqualTo(new NotOpenYet(1));
    }

    @Test
    void aMockIsDrawnFromTheWeeksStudiedOnePerTopic() {
        var learner = learnerInDay(4 * 7 + 2);  // week 5

        var mock = ((Started) interviews.start(learner, ROADMAP, 6, MockTiming.DEFAULT, null)).mock();

        var slugs = grading.mockFor(learner, mock.id()).orElseThrow();
        assertThat(mock.week()).isEqualTo(5);
        assertThat(mock.questions()).hasSize(6).extracting(MockView.Question::topic).doesNotHaveDuplicates();
        var sheet = interviews.finish(learner, mock.id()).orElseThrow();
        assertThat(sheet.questions()).allSatisfy(question -> assertThat(curriculum.question(ROADMAP, question.question())
                .orElseThrow().week()).isBetween(1, 4));
        assertThat(slugs.questions()).allSatisfy(question -> assertThat(question.prompt()).as("not asked yet").isNull());
        assertThat(interviews.start(learner, ROADMAP, 6, MockTiming.DEFAULT, null)).as("the answering is over: a new mock")
                .isInstanceOfSatisfying(Started.class, started -> assertThat(started.resumed()).isFalse());
    }

    @Test
    void theLastGradePublishesTheMockAndItsWeakAnswersComeBackSoon(Scenario scenario) {
        var learner = learnerInDay(7 * 7 + 3);  // week 8
        var mock = ((Started) interviews.start(learner, ROADMAP, 3, MockTiming.DEFAULT, null)).mock();
        for (var question : mock.questions()) {
            interviews.ask(learner, mock.id(), question.number());
            interviews.answer(learner, mock.id(), question.number(), "I do not know", false, 20);
        }
        var graded = grading.mockFor(learner, mock.id()).orElseThrow();
        assertThat(graded.status()).isEqualTo(MockStatus.GRADING);
        var strong = graded.questions().getFirst();
        grading.grade(learner, mock.id(), 1, java.util.stream.IntStream.range(0, strong.keyPoints().size()).boxed().toList());
        grading.grade(learner, mock.id(), 2, List.of());

        scenario.stimulate(() -> grading.grade(learner, mock.id(), 3, List.of()))
                .andWaitForEventOfType(MockInterviewCompleted.class)
                .matching(event -> event.mock().equals(mock.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.learner()).isEqualTo(learner);
                    assertThat(event.week()).isEqualTo(8);
                    assertThat(event.grader()).isEqualTo(MockInterviewCompleted.Grader.LEARNER);
                    assertThat(event.questions()).hasSize(3);
                    assertThat(event.questions().getFirst().coverage()).isEqualTo(1.0);
                    assertThat(event.questions().get(1).essentialMissed()).isNotEmpty();
                });

        var weak = graded.questions().get(1).question();
        var cards = reviews.memoryOf(learner, ROADMAP);
        assertThat(cards).extracting(memory -> memory.question()).contains(weak)
                .as("a fully covered answer needs no review").doesNotContain(strong.question());
        assertThat(reviews.due(learner, 100)).as("nothing due this instant: the weak answer was just reviewed").isEmpty();
        var card = reviews.memoryOf(learner, ROADMAP).stream().filter(memory -> memory.question().equals(weak)).findFirst();
        assertThat(card).isPresent();
        var due = database.sql("SELECT due FROM review.card WHERE learner_id = :learner AND question_slug = :question")
                .param("learner", learner).param("question", weak).query(java.time.OffsetDateTime.class).single();
        assertThat(Duration.between(java.time.Instant.now(), due.toInstant())).as("due again soon").isLessThan(Duration.ofDays(1));
    }

    private UUID learnerInDay(int day) {
        var fixtures = new AccountFixtures(accounts, database);
        return fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now(ZoneId.of("Asia/Tashkent")).minusDays(day - 1)).id();
    }
}
