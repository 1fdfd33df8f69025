package uz.roadmap.plan.timer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The study timer.
 *
 * @param heartbeatInterval how often a running timer's page sends a heartbeat
 * @param grace how late a heartbeat may come and still count in full: a heartbeat counts at most
 *        {@code heartbeatInterval + grace} since the previous one
 * @param flushInterval full mode: how often heartbeats buffered in Redis are written to PostgreSQL
 * @param batchSize full mode: at most how many buffered heartbeats one write takes
 * @param claimAfter full mode: how long a heartbeat read by a flusher may stay unwritten before another
 *        flusher takes it over (a flusher that crashed or lost Redis in the middle of a write)
 * @param idleMinutes how long, by default, a learner may be idle on every page before their timer
 *        stops itself; each learner may set their own (1 to 240 minutes)
 */
@Validated
@ConfigurationProperties("roadmap.study-timer")
public record StudyTimerProperties(
        @DefaultValue("1m") @NotNull Duration heartbeatInterval,
        @DefaultValue("30s") @NotNull Duration grace,
        @DefaultValue("5s") @NotNull Duration flushInterval,
        @DefaultValue("500") @Positive @Max(10_000) int batchSize,
        @DefaultValue("1m") @NotNull Duration claimAfter,
        @DefaultValue("15") @Min(1) @Max(240) int idleMinutes) {

    /** The most a heartbeat counts. */
    public Duration cap() {
        return heartbeatInterval.plus(grace);
    }
}
