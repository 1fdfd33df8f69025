package uz.roadmap.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The outbox's backlog: event publications of the registry not yet complete (an event waiting for
 * a listener, or, in full mode, for RabbitMQ's confirm). Published as two gauges,
 * {@code roadmap.events.outbox.backlog} (how many) and {@code roadmap.events.outbox.oldest.age}
 * (seconds since the oldest was published, 0 when none waits); read by the event bridge's health.
 * One query reads both, at most every few seconds however often they are scraped.
 */
@Component
class OutboxBacklog implements MeterBinder {

    /** How long one reading serves. */
    static final Duration READING_LIFETIME = Duration.ofSeconds(5);

    /** What waited at one moment. */
    record Reading(long size, Duration oldestAge, Instant at) {
    }

    private final JdbcClient database;
    private final Clock clock;
    private volatile @Nullable Reading last;

    OutboxBacklog(JdbcClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The backlog now, or as read less than {@link #READING_LIFETIME} ago. */
    Reading read() {
        var now = clock.instant();
        var reading = last;
        if (reading == null || !reading.at().plus(READING_LIFETIME).isAfter(now)) {
            reading = database.sql("""
                    SELECT count(*) AS size, min(publication_date) AS oldest
                    FROM platform.event_publication WHERE completion_date IS NULL""")
                    .query((row, n) -> {
                        var oldest = row.getObject("oldest", OffsetDateTime.class);
                        var age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
                        return new Reading(row.getLong("size"), age.isNegative() ? Duration.ZERO : age, now);
                    })
                    .single();
            last = reading;
        }
        return reading;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("roadmap.events.outbox.backlog", this, backlog -> backlog.read().size())
                .description("Event publications not yet complete (waiting for a listener or for the broker's confirm)")
                .register(registry);
        Gauge.builder("roadmap.events.outbox.oldest.age", this, backlog -> backlog.read().oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest event publication not yet complete; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }
}
