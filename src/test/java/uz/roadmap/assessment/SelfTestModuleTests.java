package uz.roadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import uz.roadmap.MovingClock;
import uz.roadmap.assessment.SelfTests.Started;
import uz.roadmap.assessment.SelfTests.Submitted;

/**
 * The assessment module on its own (with the modules it depends on): closing an attempt — by the
 * learner, or by the server when its time runs out — publishes {@link SelfTestSubmitted} once.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles({ "full", "test" })
class SelfTestModuleTests {

    private static final String ROADMAP = "backend-8-weeks";

    @Autowired
    SelfTests selfTests;

    @Autowired
    Attempts attempts;

    @Autowired
    SelfTestDeadlines deadlines;

    @Autowired
    MovingClock clock;

    @Test
    void submittingAnAttemptPublishesItsScoresPerTopic(Scenario scenario) {
        var learner = UUID.randomUUID();
        var attempt = ((Started) selfTests.start(learner, ROADMAP, 1, null)).attempt().id();
        var paper = attempts.findByIdAndLearner(attempt, learner).orElseThrow().paper();
        for (var item : paper.items()) {
            var right = item.number() != 1;
            if (item.kind() == Paper.Kind.CHOICE) {
                selfTests.answer(learner, attempt, item.number(),
                        right ? SelfTestFixtures.rightKeys(item) : SelfTestFixtures.wrongKey(item), "", 3);
            }
            else {
                selfTests.answer(learner, attempt, item.number(), java.util.List.of(),
                        right ? item.accepted().getFirst() : "not it", 3);
            }
        }
        var wrongTopic = paper.items().getFirst().topic();

        scenario.stimulate(() -> selfTests.submit(learner, attempt, null))
                .andWaitForEventOfType(SelfTestSubmitted.class)
                .matching(event -> event.attempt().equals(attempt))
                .toArriveAndVerify((event, submitted) -> {
                    assertThat(submitted).isInstanceOf(Submitted.class);
                    assertThat(event.learner()).isEqualTo(learner);
                    assertThat(event.week()).isEqualTo(1);
                    assertThat(event.expired()).isFalse();
                    assertThat(event.score().right()).isEqualTo(paper.items().size() - 1);
                    assertThat(event.score().cbm()).isEqualTo(3 * (paper.items().size() - 1) - 6);
                    assertThat(event.topics()).extracting(TopicScore::topic)
                            .containsExactlyInAnyOrderElementsOf(paper.items().stream().map(Paper.Item::topic).distinct().toList());
                    var ofWrongTopic = event.topics().stream().filter(topic -> topic.topic().equals(wrongTopic)).findFirst().orElseThrow();
                    assertThat(ofWrongTopic.score().right()).isEqualTo(ofWrongTopic.score().items() - 1);
                    assertThat(event.topics().stream().mapToInt(topic -> topic.score().items()).sum()).isEqualTo(paper.items().size());
                });
    }

    @Test
    void theServerSubmitsAnAttemptWhoseTimeRanOutAsItStood(Scenario scenario) {
        var learner = UUID.randomUUID();
        var attempt = ((Started) selfTests.start(learner, ROADMAP, 2, null)).attempt();
        assertThat(attempt.deadline()).isEqualTo(attempt.startedAt().plus(Duration.ofMinutes(30)));
        var item = attempts.findByIdAndLearner(attempt.id(), learner).orElseThrow().paper().items().stream()
                .filter(candidate -> candidate.kind() == Paper.Kind.CHOICE).findFirst().orElseThrow();
        selfTests.answer(learner, attempt.id(), item.number(), SelfTestFixtures.rightKeys(item), "", 2);
        clock.pass(Duration.ofMinutes(31));

        scenario.stimulate(deadlines::submitOverdueAttempts)
                .andWaitForEventOfType(SelfTestSubmitted.class)
                .matching(event -> event.attempt().equals(attempt.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.expired()).isTrue();
                    assertThat(event.submittedAt()).isEqualTo(attempt.deadline());
                    assertThat(event.score().answered()).isEqualTo(1);
                    assertThat(event.score().cbm()).isEqualTo(2);
                });
        assertThat(selfTests.history(learner, ROADMAP, 2)).singleElement()
                .satisfies(closed -> assertThat(closed.status()).isEqualTo(AttemptStatus.EXPIRED));
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
