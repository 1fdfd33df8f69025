package uz.roadmap.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import uz.roadmap.lab.Labs.Received;

/**
 * The lab module on its own (with the modules it depends on): a submission is stored, judged by the
 * worker in the sandbox, and its verdict published once as {@link LabAttempted}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles({ "full", "test" })
class LabModuleTests {

    @Autowired
    Labs labs;

    @Test
    void aJudgedSubmissionPublishesLabAttemptedWithTheVerdictAndTheLabsTopics(Scenario scenario) {
        var learner = UUID.randomUUID();

        scenario.stimulate(() -> labs.submit(learner, "backend-8-weeks", "sql-orders-per-status",
                        "SELECT status, count(*) AS orders FROM shop.orders GROUP BY status ORDER BY orders DESC, status"))
                .andWaitAtMost(java.time.Duration.ofMinutes(3))
                .andWaitForEventOfType(LabAttempted.class)
                .matching(event -> event.learner().equals(learner))
                .toArriveAndVerify((event, received) -> {
                    assertThat(received).isInstanceOf(Received.class);
                    assertThat(event.submission()).isEqualTo(((Received) received).submission().id());
                    assertThat(event.lab()).isEqualTo("sql-orders-per-status");
                    assertThat(event.topics()).containsExactly("sql-queries-joins");
                    assertThat(event.verdict()).isEqualTo(Verdict.ACCEPTED);
                });
        assertThat(labs.history(learner, "backend-8-weeks", "sql-orders-per-status")).singleElement()
                .satisfies(judged -> assertThat(judged.verdict()).isEqualTo(Verdict.ACCEPTED));
    }
}
