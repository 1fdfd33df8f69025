package uz.roadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.ActiveProfiles;

import uz.roadmap.MovingClock;
import uz.roadmap.assessment.MockInterviewCompleted;
import uz.roadmap.assessment.SelfTests;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.QuestionFilter;
import uz.roadmap.lab.LabAttempted;
import uz.roadmap.lab.LabHistory;
import uz.roadmap.lab.Labs;
import uz.roadmap.lab.Verdict;
import uz.roadmap.review.CardReviewed;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewManagement.CheckedAnswer;
import uz.roadmap.review.ReviewUndone;
import uz.roadmap.review.scheduling.Rating;
import uz.roadmap.progress.TopicProgress.Evidence;

/**
 * The progress module with the modules whose events it listens to: levels follow reviews and
 * answers, slip as recall decays, and the read model is the same whether kept event by event,
 * told an event twice, or rebuilt from the other modules' records.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles({ "full", "test" })
class ProgressModuleTests {

    private static final String ROADMAP = "backend-8-weeks";
    private static final String TOPIC = "osi-tcp-udp";

    @Autowired
    ReviewManagement reviews;

    @Autowired
    SelfTests selfTests;

    @Autowired
    Curriculum curriculum;

    @Autowired
    Competencies competencies;

    @Autowired
    Rebuild rebuild;

    @Autowired
    EvidenceLog log;

    @Autowired
    ReviewFeed reviewFeed;

    @Autowired
    SelfTestFeed selfTestFeed;

    @Autowired
    MockInterviewFeed mockFeed;

    @Autowired
    LabFeed labFeed;

    @Autowired
    Labs labs;

    @Autowired
    LabHistory labHistory;

    @Autowired
    uz.roadmap.review.ReviewHistory reviewHistory;

    @Autowired
    uz.roadmap.assessment.SelfTestHistory selfTestHistory;

    @Autowired
    JdbcClient database;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MovingClock clock;

    @Test
    void answeringAndReviewingEveryEasyQuestionOfATopicWellRaisesItToLevelOneUntilRecallDecays() {
        var learner = UUID.randomUUID();
        var easy = questions(TOPIC, 1);
        assertThat(easy).isNotEmpty();

        for (var question : easy) {
            answerWell(learner, question);
            var card = reviews.introduce(learner, ROADMAP, question);
            reviews.review(learner, card.id(), Rating.GOOD, null, null);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic(learner).level()).isEqualTo(1));

        var levelOne = topic(learner).levels().getFirst();
        assertThat(levelOne.met()).isTrue();
        assertThat(levelOne.requirements().getFirst().evidence()).extracting(Evidence::subject)
                .containsExactlyInAnyOrderElementsOf(easy);
        assertThat(levelOne.requirements().getFirst().evidence()).allSatisfy(fact -> {
            assertThat(fact.percent()).isEqualTo(100);
            assertThat(fact.recall()).isGreaterThanOrEqualTo(85);
        });

        clock.pass(Duration.ofDays(30));

        var later = topic(learner);
        assertThat(later.level()).isZero();
        assertThat(later.reached()).isEqualTo(1);
        assertThat(later.slipping()).isTrue();
        assertThat(later.levels().getFirst().requirements().getFirst().actions())
                .extracting(TopicProgress.Action::kind).containsOnly("review-question");
    }

    @Test
    void aRebuildGivesTheStateKeptEventByEventAndARedeliveredEventChangesNothing() {
        var random = new Random(20261205);
        var learners = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var pool = new ArrayList<String>();
        pool.addAll(questions(TOPIC, 1));
        pool.addAll(questions(TOPIC, 2));
        pool.addAll(questions("http-https", 1));
        pool.addAll(questions("http-https", 2));
        var start = clock.instant().minus(Duration.ofDays(60));
        var began = clock.instant();
        for (var learner : learners) {
            for (var question : pool) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                var card = reviews.introduce(learner, ROADMAP, question);
                var at = start.plus(Duration.ofHours(random.nextInt(48)));
                for (var review = 0; review < 1 + random.nextInt(6); review++) {
                    reviews.review(learner, card.id(), Rating.ofGrade(1 + random.nextInt(4)), at, null);
                    at = at.plus(Duration.ofHours(1 + random.nextInt(24 * 9)));
                }
                if (random.nextBoolean()) {
                    var checked = (CheckedAnswer) reviews.submitAnswer(learner, ROADMAP, question, "an answer");
                    var keyPoints = checked.question().keyPoints().size();
                    var covered = IntStream.range(0, keyPoints).filter(point -> random.nextBoolean()).boxed().toList();
                    reviews.rateAnswer(learner, checked.answer().id(), covered, Rating.ofGrade(1 + random.nextInt(4)));
                }
            }
            selfTest(learner, random);
        }
        awaitEveryEventHandled(began);

        for (var learner : learners) {
            var kept = log.everything(learner);
            assertThat(kept.get("review")).isNotEmpty();
            assertThat(kept.get("answer")).isNotEmpty();
            assertThat(kept.get("self_test")).isNotEmpty();

            reviewHistory.reviews(learner).forEach(event -> redeliver(() -> feed(reviewFeed).on(event)));
            reviewHistory.answers(learner).forEach(event -> redeliver(() -> feed(reviewFeed).on(event)));
            selfTestHistory.submitted(learner).forEach(event -> redeliver(() -> feed(selfTestFeed).on(event)));
            assertThat(log.everything(learner)).as("told every event again").isEqualTo(kept);

            rebuild.learner(learner);
            assertThat(log.everything(learner)).as("rebuilt").isEqualTo(kept);
            assertThat(competencies.matrix(learner, ROADMAP)).isPresent();
        }
    }

    @Test
    void anUndoneReviewNoLongerCountsAndARebuildAgrees() {
        var learner = UUID.randomUUID();
        var began = clock.instant();
        var card = reviews.introduce(learner, ROADMAP, questions(TOPIC, 1).getFirst());
        var first = ((ReviewManagement.Recorded) reviews.review(learner, card.id(), Rating.GOOD, null, null)).card();
        reviews.review(learner, card.id(), Rating.EASY, clock.instant().plusSeconds(30), null);
        awaitEveryEventHandled(began);
        assertThat(log.everything(learner).get("review")).hasSize(2);

        reviews.undoLastReview(learner).orElseThrow();
        awaitEveryEventHandled(began);

        var kept = log.everything(learner);
        assertThat(kept.get("review")).as("the undone review is gone from true retention").hasSize(1);
        assertThat(kept.get("activity_day")).extracting(day -> day.get("reviews")).as("and from the day's count")
                .containsExactly(1);
        assertThat(kept.get("card")).singleElement().satisfies(row -> {
            assertThat((Double) row.get("stability")).as("the card as its remaining review left it")
                    .isCloseTo(first.stability(), within(1e-9));
            assertThat(((Timestamp) row.get("last_review")).toInstant())
                    .as("stored to the microsecond").isCloseTo(Objects.requireNonNull(first.lastReview()), within(1, ChronoUnit.MICROS));
        });
        rebuild.learner(learner);
        assertThat(log.everything(learner)).as("rebuilt from the review log, where the review is marked undone")
                .isEqualTo(kept);
    }

    /** The listeners run concurrently: a review's undoing may be handled before the review itself. */
    @Test
    void aReviewUndoneBeforeItsOwnEventArrivesNeverCounts() {
        var learner = UUID.randomUUID();
        var card = UUID.randomUUID();
        var question = questions(TOPIC, 1).getFirst();
        var at = clock.instant();
        var zone = ZoneId.of("Asia/Tashkent");

        redeliver(() -> log.record(new ReviewUndone(card, learner, ROADMAP, question, at, 0, null, at), zone));
        redeliver(() -> log.record(new CardReviewed(card, learner, ROADMAP, question, 3, at, 2.3, 5.0, at.plus(Duration.ofDays(2))),
                zone));

        var kept = log.everything(learner);
        assertThat(kept.get("review")).isEmpty();
        assertThat(kept.get("card")).isEmpty();
        assertThat(kept.get("activity_day")).isEmpty();
    }

    @Test
    void aMockInterviewMeetsLevelThreesInterviewRuleAndAMentorsRegradingReplacesTheirEarlierOne() {
        var learner = UUID.randomUUID();
        var mock = UUID.randomUUID();
        var mentor = UUID.randomUUID();
        var hard = questions(TOPIC, 3).getFirst();
        var at = Instant.parse("2026-12-01T10:00:00Z");

        var feed = feed(mockFeed);
        redeliver(() -> feed.on(mock(mock, learner, learner, MockInterviewCompleted.Grader.LEARNER, hard, 0.5, at)));
        redeliver(() -> feed.on(mock(mock, learner, mentor, MockInterviewCompleted.Grader.MENTOR, hard, 0.6, at.plusSeconds(60))));
        redeliver(() -> feed.on(mock(mock, learner, mentor, MockInterviewCompleted.Grader.MENTOR, hard, 0.9, at.plusSeconds(120))));
        var once = log.everything(learner);
        assertThat(once.get("outcome")).hasSize(2);
        redeliver(() -> feed.on(mock(mock, learner, mentor, MockInterviewCompleted.Grader.MENTOR, hard, 0.6, at.plusSeconds(60))));

        assertThat(log.everything(learner)).isEqualTo(once);
        var interview = topic(learner).levels().get(2).requirements().stream()
                .filter(requirement -> requirement.kind().equals("mockInterview")).findFirst().orElseThrow();
        assertThat(interview.status()).isEqualTo(TopicProgress.Status.MET);
        assertThat(interview.evidence()).singleElement().satisfies(fact -> {
            assertThat(fact.subject()).isEqualTo("mentor");
            assertThat(fact.percent()).isEqualTo(90);
        });
    }

    @Test
    void anAcceptedLabIsMetEvidenceOfItsTopicAndARedeliveryOrRebuildChangesNothing(Scenario scenario) {
        var learner = UUID.randomUUID();
        var topic = "sql-queries-joins";
        var lab = "sql-orders-per-status";
        var began = clock.instant();
        labs.submit(learner, ROADMAP, lab, "SELECT 1");
        scenario.stimulate(() -> labs.submit(learner, ROADMAP, lab,
                        "SELECT status, count(*) AS orders FROM shop.orders GROUP BY status ORDER BY orders DESC, status"))
                .andWaitAtMost(Duration.ofMinutes(3))
                .andWaitForEventOfType(LabAttempted.class)
                .matching(event -> event.learner().equals(learner) && event.verdict() == Verdict.ACCEPTED)
                .toArrive();
        await().atMost(Duration.ofMinutes(3)).until(() -> labHistory.attempted(learner).size() == 2);
        awaitEveryEventHandled(began);

        var labsRule = competencies.topic(learner, ROADMAP, topic).orElseThrow().levels().get(1).requirements().stream()
                .filter(requirement -> requirement.kind().equals("labs")).findFirst().orElseThrow();
        assertThat(labsRule.status()).isNotEqualTo(TopicProgress.Status.NOT_YET_AVAILABLE);
        assertThat(labsRule.evidence()).singleElement().satisfies(fact -> {
            assertThat(fact.kind()).isEqualTo("lab");
            assertThat(fact.subject()).isEqualTo(lab);
        });
        assertThat(labsRule.actions()).extracting(TopicProgress.Action::subject).doesNotContain(lab)
                .allSatisfy(other -> assertThat(curriculum.lab(ROADMAP, other)).isPresent());

        var kept = log.everything(learner);
        assertThat(kept.get("outcome")).extracting(row -> row.get("passed")).containsExactlyInAnyOrder(true, false);
        labHistory.attempted(learner).forEach(event -> redeliver(() -> feed(labFeed).on(event)));
        assertThat(log.everything(learner)).as("told every event again").isEqualTo(kept);
        rebuild.learner(learner);
        assertThat(log.everything(learner)).as("rebuilt").isEqualTo(kept);
    }

    /**
     * Hands an event to a listener again, as a redelivery does: on the listener itself (not through
     * its asynchronous proxy, so that the test sees the result), in a transaction of its own.
     */
    private void redeliver(Runnable delivery) {
        transactions.executeWithoutResult(status -> delivery.run());
    }

    private static <T> T feed(T listener) {
        return AopTestUtils.getUltimateTargetObject(listener);
    }

    private static MockInterviewCompleted mock(UUID mock, UUID learner, UUID grader, MockInterviewCompleted.Grader kind,
            String question, double coverage, Instant at) {
        return new MockInterviewCompleted(mock, learner, ROADMAP, 8, grader, kind, List.of(
                new MockInterviewCompleted.QuestionCoverage(question, TOPIC, 3, 5, (int) Math.round(coverage * 5), coverage,
                        List.of(), true)), at);
    }

    private void selfTest(UUID learner, Random random) {
        var attempt = ((SelfTests.Started) selfTests.start(learner, ROADMAP, 1, null)).attempt();
        for (var item : attempt.items()) {
            if (item.options().isEmpty()) {
                selfTests.answer(learner, attempt.id(), item.number(), List.of(), "not sure", 1 + random.nextInt(3));
            }
            else {
                var option = item.options().get(random.nextInt(item.options().size()));
                selfTests.answer(learner, attempt.id(), item.number(), List.of(option.key()), "", 1 + random.nextInt(3));
            }
        }
        selfTests.submit(learner, attempt.id(), null);
    }

    private void awaitEveryEventHandled(Instant since) {
        await().atMost(Duration.ofSeconds(60)).until(() -> database.sql("""
                SELECT count(*) FROM platform.event_publication
                WHERE completion_date IS NULL AND listener_id LIKE '%progress%' AND publication_date >= :since""")
                .param("since", since.atOffset(ZoneOffset.UTC)).query(Integer.class).single() == 0);
    }

    private void answerWell(UUID learner, String question) {
        var checked = (CheckedAnswer) reviews.submitAnswer(learner, ROADMAP, question, "an answer");
        var every = IntStream.range(0, checked.question().keyPoints().size()).boxed().toList();
        assertThat(reviews.rateAnswer(learner, checked.answer().id(), every, Rating.GOOD))
                .isInstanceOf(ReviewManagement.Rated.class);
    }

    private TopicProgress topic(UUID learner) {
        return competencies.topic(learner, ROADMAP, TOPIC).orElseThrow();
    }

    private List<String> questions(String topic, int difficulty) {
        return curriculum.questions(ROADMAP, new QuestionFilter(null, topic, difficulty), 0, 100).items().stream()
                .map(uz.roadmap.curriculum.Content.Question::slug).toList();
    }

    @TestConfiguration
    static class Time {

        @Bean
        @Primary
        MovingClock movingClock() {
            return new MovingClock();
        }
    }
}
