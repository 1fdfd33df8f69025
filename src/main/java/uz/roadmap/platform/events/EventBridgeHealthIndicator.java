package uz.roadmap.platform.events;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Full mode: the health of the way events leave, as {@code eventBridge}. RabbitMQ being away only
 * delays events, which wait in the outbox, so the bridge is never {@code DOWN}: it is
 * {@code DEGRADED} (HTTP 200, the replica stays in rotation) while the broker refuses our
 * connection or our events, or while the oldest waiting event is older than
 * {@code roadmap.events.backlog-age-threshold}. It stands in for Spring Boot's own RabbitMQ
 * indicator, which would call the whole application down.
 */
@Component("eventBridge")
@Profile("full")
class EventBridgeHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Domain events are not leaving: they wait in the outbox");

    private final ConnectionFactory connections;
    private final BrokerRefusals refusals;
    private final OutboxBacklog backlog;
    private final EventProperties properties;

    EventBridgeHealthIndicator(ConnectionFactory connections, BrokerRefusals refusals, OutboxBacklog backlog,
            EventProperties properties) {
        super("Event bridge health check failed");
        this.connections = connections;
        this.refusals = refusals;
        this.backlog = backlog;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        var waiting = backlog.read();
        health.up()
                .withDetail("backlog", waiting.size())
                .withDetail("oldestAgeSeconds", waiting.oldestAge().toSeconds())
                .withDetail("backlogAgeThresholdSeconds", properties.backlogAgeThreshold().toSeconds());
        try {
            // the cached connection when there is one; a new one is tried otherwise
            connections.createConnection().close();
        }
        catch (AmqpException refused) {
            refusals.refused(refused);
            health.status(DEGRADED).withDetail("broker", "refuses connections");
        }
        var refusal = refusals.recent();
        if (refusal != null) {
            health.status(DEGRADED).withDetail("lastRefusal", refusal.at().toString())
                    .withDetail("reason", refusal.reason());
        }
        if (waiting.oldestAge().compareTo(properties.backlogAgeThreshold()) > 0) {
            health.status(DEGRADED).withDetail("backlogTooOld", true);
        }
    }
}
