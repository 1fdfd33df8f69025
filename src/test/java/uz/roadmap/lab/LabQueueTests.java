package uz.roadmap.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import uz.roadmap.FullStackTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;

/**
 * Full mode's work queue: a submission travels through RabbitMQ to a consumer that acknowledges it
 * only after the verdict is stored, so a worker that dies mid-judgement loses nothing; a poison
 * submission is tried twice, then lands in the dead-letter queue and its learner sees "Judge error".
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

    @Autowired
    CachingConnectionFactory connections;

    @Autowired
    SimpleMessageListenerContainer labJudgeConsumers;

    @Test
    void aSubmissionTravelsThroughRabbitMqAndIsJudged() throws Exception {
        var fixtures = new AccountFixtures(accounts, database);
        var learner = new LabClient(port, fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now())));

        var verdict = learner.judge("sql-orders-per-status",
                "SELECT status, count(*) AS orders FROM shop.orders GROUP BY status ORDER BY orders DESC, status");

        assertThat(verdict.path("verdict").asString()).as("%s", verdict).isEqualTo("ACCEPTED");
        assertThat(admin.getQueueInfo(RabbitJudgingQueue.QUEUE)).isNotNull();
    }

    /**
     * A worker takes the submission off the queue and dies before it has acknowledged it (its
     * connection drops, as when its replica is killed): RabbitMQ delivers the submission again, and
     * the next worker stores its verdict.
     */
    @Test
    void aWorkerKilledMidJudgementLeavesItsSubmissionToTheNextWorker() throws Exception {
        var fixtures = new AccountFixtures(accounts, database);
        var learner = new LabClient(port, fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now())));
        labJudgeConsumers.stop();
        var killed = connections.getRabbitConnectionFactory().newConnection("a worker about to be killed");
        try {
            var id = learner.submit("sql-orders-per-status",
                    "SELECT status, count(*) AS orders FROM shop.orders GROUP BY status ORDER BY orders DESC, status");

            var worker = killed.createChannel();
            var taken = take(worker);
            assertThat(new String(taken.getBody())).contains(id);
            assertThat(taken.getEnvelope().isRedeliver()).isFalse();
            var held = learner.send("GET", "/api/v1/labs/sql-orders-per-status/submissions/" + id, null);
            assertThat(held.body()).as("pending while its worker holds it").contains("\"pending\":true");

            killed.abort();
            labJudgeConsumers.start();

            var verdict = learner.verdict("sql-orders-per-status", id);
            assertThat(verdict.path("verdict").asString()).as("%s", verdict).isEqualTo("ACCEPTED");
            assertThat(admin.getQueueInfo(RabbitJudgingQueue.QUEUE).getMessageCount()).as("nothing left waiting").isZero();
        }
        finally {
            killed.abort();
            labJudgeConsumers.start();
        }
    }

    /** Takes the next message off the judge's queue, unacknowledged, as a worker does. */
    private static GetResponse take(Channel worker) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var taken = worker.basicGet(RabbitJudgingQueue.QUEUE, false);
            if (taken != null) {
                return taken;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no submission reached " + RabbitJudgingQueue.QUEUE);
    }

    /** The lab of a poison submission is gone from the roadmap: the judge fails on it every time. */
    @Test
    void aPoisonSubmissionEndsInTheDeadLetterQueueAsAJudgeErrorItsLearnerSees() throws Exception {
        admin.purgeQueue(RabbitJudgingQueue.DEAD, false);
        var fixtures = new AccountFixtures(accounts, database);
        var owner = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now());
        var learner = new LabClient(port, fixtures.accessToken(owner));
        var poison = UUID.randomUUID();
        database.sql("""
                INSERT INTO lab.submission (id, learner_id, roadmap, lab, sql, status, submitted_at, tries, version)
                VALUES (:id, :learner, 'backend-8-weeks', 'a-lab-that-is-gone', 'SELECT 1', 'PENDING', :now, 0, 1)""")
                .param("id", poison).param("learner", owner.id()).param("now", java.sql.Timestamp.from(Instant.now()))
                .update();

        rabbit.convertAndSend("roadmap.events", RabbitJudgingQueue.ROUTING_KEY, Map.of("submission", poison.toString()));

        var seen = learner.verdict("a-lab-that-is-gone", poison.toString());
        assertThat(seen.path("verdict").asString()).as("%s", seen).isEqualTo("JUDGE_ERROR");
        assertThat(seen.path("judgement").path("explanation").path("en").asString())
                .isEqualTo("The judge could not grade this submission. It is not your mistake: submit it again a little later.");
        assertThat(seen.path("judgement").path("explanation").path("uz").asString()).startsWith("Tekshiruvchi bu yuborishni");
        var dead = rabbit.receive(RabbitJudgingQueue.DEAD, 10_000);
        assertThat(dead).isNotNull();
        assertThat(new String(dead.getBody())).contains(poison.toString());
    }
}
