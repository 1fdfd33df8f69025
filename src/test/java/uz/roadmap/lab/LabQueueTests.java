package uz.roadmap.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import uz.roadmap.FullStackTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;

/**
 * Full mode's work queue: a submission travels through RabbitMQ to a consumer that acknowledges it
 * only after the verdict is stored; a poison submission is tried twice, then lands in the
 * dead-letter queue and its learner sees "Judge error".
 */
@FullStackTest
@TestPropertySource(properties = { "roadmap.rate-limit.groups.api.capacity=100000", "roadmap.labs.queue=rabbit" })
class LabQueueTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RabbitAdmin admin;

    @Test
    void aSubmissionTravelsThroughRabbitMqAndIsJudged() throws Exception {
        var fixtures = new AccountFixtures(accounts, database);
        var learner = new LabClient(port, fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now())));

        var verdict = learner.judge("sql-orders-per-status",
                "SELECT status, count(*) AS orders FROM shop.orders GROUP BY status ORDER BY orders DESC, status");

        assertThat(verdict.path("verdict").asString()).as("%s", verdict).isEqualTo("ACCEPTED");
        assertThat(admin.getQueueInfo(RabbitJudgingQueue.QUEUE)).isNotNull();
    }

    @Test
    void aPoisonSubmissionEndsInTheDeadLetterQueueAsAJudgeError() throws Exception {
        admin.purgeQueue(RabbitJudgingQueue.DEAD, false);
        var poison = UUID.randomUUID();
        database.sql("""
                INSERT INTO lab.submission (id, learner_id, roadmap, lab, sql, status, submitted_at, tries, version)
                VALUES (:id, :learner, 'backend-8-weeks', 'a-lab-that-is-gone', 'SELECT 1', 'PENDING', :now, 0, 1)""")
                .param("id", poison).param("learner", UUID.randomUUID()).param("now", java.sql.Timestamp.from(Instant.now()))
                .update();

        rabbit.convertAndSend("roadmap.events", RabbitJudgingQueue.ROUTING_KEY, Map.of("submission", poison.toString()));

        var deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String verdict = null;
        while (System.nanoTime() < deadline && verdict == null) {
            verdict = database.sql("SELECT verdict FROM lab.submission WHERE id = :id").param("id", poison)
                    .query(String.class).optional().orElse(null);
            Thread.sleep(200);
        }
        assertThat(verdict).isEqualTo("JUDGE_ERROR");
        var dead = rabbit.receive(RabbitJudgingQueue.DEAD, 10_000);
        assertThat(dead).isNotNull();
        assertThat(new String(dead.getBody())).contains(poison.toString());
    }
}
