package uz.roadmap.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uz.roadmap.FullStackTest;
import uz.roadmap.RoadmapApplication;

/**
 * Domain events leave through the transactional outbox: committed events reach RabbitMQ exactly
 * once, even when the application dies right after the commit; rolled-back events never leave.
 */
@FullStackTest
class EventExternalizationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RabbitAdmin admin;

    @Autowired
    TopicExchange domainEvents;

    @Autowired
    JdbcClient database;

    @Autowired
    @Qualifier("eventBridge")
    HealthIndicator eventBridge;

    private Queue subscriber;

    @BeforeEach
    void subscribe() {
        subscriber = new Queue("test.subscriber." + UUID.randomUUID(), false, false, false);
        admin.declareQueue(subscriber);
        admin.declareBinding(BindingBuilder.bind(subscriber).to(domainEvents).with("test.#"));
    }

    @AfterEach
    void unsubscribe() {
        admin.deleteQueue(subscriber.getName());
    }

    @Test
    void aCommittedEventReachesTheBrokerOnce() {
        var lesson = UUID.randomUUID();

        transactions.executeWithoutResult(transaction -> events.publishEvent(new LessonFinished(lesson)));

        assertThat(deliveriesOf(lesson, 5_000)).hasSize(1);
    }

    @Test
    void theBridgeIsUpWhileTheBrokerTakesEvents() {
        var lesson = UUID.randomUUID();
        transactions.executeWithoutResult(transaction -> events.publishEvent(new LessonFinished(lesson)));
        assertThat(deliveriesOf(lesson, 5_000)).hasSize(1);

        var health = eventBridge.health(true);

        assertThat(health.getStatus().getCode()).isEqualTo("UP");
        assertThat(health.getDetails()).containsKeys("backlog", "oldestAgeSeconds", "backlogAgeThresholdSeconds")
                .doesNotContainKeys("reason", "broker");
    }

    @Test
    void aRolledBackEventNeverLeaves() {
        var lesson = UUID.randomUUID();

        transactions.executeWithoutResult(transaction -> {
            events.publishEvent(new LessonFinished(lesson));
            transaction.setRollbackOnly();
        });

        assertThat(deliveriesOf(lesson, 2_000)).isEmpty();
    }

    @Test
    void anEventCommittedJustBeforeACrashIsSentOnceOnRestart() throws Exception {
        var lesson = UUID.randomUUID();

        var crashed = crashRightAfterCommitting(lesson);

        assertThat(crashed).as("exit code of the crashed application").isEqualTo(CrashAfterCommit.EXIT_CODE);
        assertThat(deliveriesOf(lesson, 1_000)).as("sent before the crash").isEmpty();
        assertThat(incompletePublicationsOf(lesson)).isEqualTo(1);

        try (var restarted = new SpringApplicationBuilder(RoadmapApplication.class).profiles("full", "test")
                .run("--server.port=0", "--spring.grpc.server.port=0")) {
            assertThat(deliveriesOf(lesson, 10_000)).as("sent after the restart").hasSize(1);
        }
        assertThat(incompletePublicationsOf(lesson)).isZero();
    }

    private int crashRightAfterCommitting(UUID lesson) throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashAfterCommit.class.getName(), lesson.toString())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/crash-after-commit.log"))
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("crashing application finished").isTrue();
        return process.exitValue();
    }

    private long incompletePublicationsOf(UUID lesson) {
        return database.sql("""
                SELECT count(*) FROM platform.event_publication
                WHERE completion_date IS NULL AND serialized_event LIKE :lesson""")
                .param("lesson", "%" + lesson + "%")
                .query(Long.class)
                .single();
    }

    /** Every message for this lesson that arrives within the time limit (and none after it). */
    private List<String> deliveriesOf(UUID lesson, long waitMillis) {
        var deliveries = new ArrayList<String>();
        var deadline = System.currentTimeMillis() + waitMillis;
        while (System.currentTimeMillis() < deadline) {
            var message = rabbit.receive(subscriber.getName(), 200);
            if (message != null) {
                var body = new String(message.getBody(), StandardCharsets.UTF_8);
                if (body.contains(lesson.toString())) {
                    deliveries.add(body);
                }
            }
        }
        return deliveries;
    }
}
