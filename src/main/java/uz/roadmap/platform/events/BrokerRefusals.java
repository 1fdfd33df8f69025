package uz.roadmap.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Full mode: what the event bridge knows of RabbitMQ's latest answers. A refusal (no connection,
 * an unknown virtual host, bad credentials, a nack) is remembered until the next accepted event,
 * and logged as one line per {@link EventProperties#refusalLogInterval()} with the number of
 * refusals since the last line: a broker that refuses every event must not write a stack trace
 * for each of them. The events themselves wait in the outbox and are sent again.
 */
@Component
@Profile("full")
class BrokerRefusals {

    private static final Logger log = LoggerFactory.getLogger(BrokerRefusals.class);

    /** The latest refusal not yet followed by an accepted event. */
    record Refusal(Instant at, String reason) {
    }

    private final Clock clock;
    private final EventProperties properties;
    private final AtomicLong unlogged = new AtomicLong();
    private volatile @Nullable Refusal latest;
    private volatile @Nullable Instant loggedAt;

    BrokerRefusals(Clock clock, EventProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /** RabbitMQ refused an event, for this reason. */
    void refused(Throwable reason) {
        var now = clock.instant();
        var refusal = new Refusal(now, describe(reason));
        latest = refusal;
        var count = unlogged.incrementAndGet();
        synchronized (this) {
            var last = loggedAt;
            if (last == null || !now.isBefore(last.plus(properties.refusalLogInterval()))) {
                loggedAt = now;
                unlogged.addAndGet(-count);
                log.warn("RabbitMQ refuses domain events ({} refused since the last report): {}. They wait in the "
                        + "outbox and are sent again every {}.", count, refusal.reason(), properties.retryInterval());
            }
        }
    }

    /** RabbitMQ confirmed an event. */
    void accepted() {
        if (latest != null) {
            latest = null;
            log.info("RabbitMQ accepts domain events again");
        }
    }

    /**
     * The latest refusal, unless an event was accepted after it or it is older than two retry
     * intervals (in which time a waiting event would have been tried again).
     */
    @Nullable Refusal recent() {
        var refusal = latest;
        return refusal == null || refusal.at().isBefore(clock.instant().minus(properties.retryInterval().multipliedBy(2)))
                ? null : refusal;
    }

    private static String describe(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
