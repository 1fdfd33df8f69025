package uz.roadmap.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import uz.roadmap.RoadmapApplication;

/**
 * A RabbitMQ that refuses us is visible: the application runs against the real broker with a
 * virtual host that does not exist, so every connection is refused. Its events wait in the outbox,
 * which its metrics show; the event bridge reports {@code DEGRADED}, not {@code DOWN}; and the
 * refusal is logged once, not once per event.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokerRefusalTests {

    private static final int EVENTS = 25;

    private static ConfigurableApplicationContext application;
    private static final List<UUID> lessons = new ArrayList<>();

    @BeforeAll
    static void startAgainstARefusingBroker() {
        application = new SpringApplicationBuilder(RoadmapApplication.class).profiles("full", "test")
                .run("--server.port=0", "--spring.grpc.server.port=0",
                        "--spring.rabbitmq.virtual-host=no-such-vhost-" + UUID.randomUUID(),
                        "--roadmap.events.backlog-age-threshold=3s");
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            var database = application.getBean(JdbcClient.class);
            lessons.forEach(lesson -> database.sql("DELETE FROM platform.event_publication WHERE serialized_event LIKE ?")
                    .param("%" + lesson + "%").update());
            application.close();
        }
    }

    @Test
    void eventsWaitInTheOutboxTheBridgeIsDegradedAndTheRefusalIsLoggedOnce(CapturedOutput output) {
        var transactions = application.getBean(TransactionTemplate.class);
        for (var i = 0; i < EVENTS; i++) {
            var lesson = UUID.randomUUID();
            lessons.add(lesson);
            transactions.executeWithoutResult(transaction -> application.publishEvent(new LessonFinished(lesson)));
        }

        var metrics = application.getBean(MeterRegistry.class);
        eventually(() -> metrics.get("roadmap.events.outbox.backlog").gauge().value() >= EVENTS);
        eventually(() -> metrics.get("roadmap.events.outbox.oldest.age").gauge().value() > 3);

        var bridge = eventBridge();
        assertThat(bridge.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(bridge.getDetails()).containsEntry("broker", "refuses connections")
                .containsEntry("backlogTooOld", true)
                .containsKeys("backlog", "oldestAgeSeconds", "reason");
        assertThat((long) bridge.getDetails().get("backlog")).isGreaterThanOrEqualTo(EVENTS);
        assertThat(application.getBean(HealthEndpoint.class).health().getStatus().getCode())
                .as("the whole application: degraded, still serving").isEqualTo("DEGRADED");

        assertThat(output.getAll().lines().filter(line -> line.contains("RabbitMQ refuses domain events")))
                .as("the refusal, reported once a minute").hasSize(1);
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ") || line.startsWith("\tat ")
                || line.contains("EventNotSent") || line.contains("ForgivingExceptionHandler")))
                .as("lines logged per event or per connection attempt").isEmpty();
    }

    private static Health eventBridge() {
        return application.getBean("eventBridge", HealthIndicator.class).health(true);
    }

    private static void eventually(BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 20 s").isLessThan(deadline);
            try {
                Thread.sleep(250);
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }
}
