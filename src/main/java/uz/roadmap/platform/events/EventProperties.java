package uz.roadmap.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How domain events leave the application.
 *
 * @param retryInterval how old an incomplete publication must be before it is sent again, and how
 *        often that is tried
 * @param backlogAgeThreshold the age of the oldest incomplete publication above which the event
 *        bridge reports itself {@code DEGRADED}
 * @param refusalLogInterval at most one log line per this interval while the broker refuses events
 */
@Validated
@ConfigurationProperties("roadmap.events")
record EventProperties(
        @DefaultValue("1m") @NotNull Duration retryInterval,
        @DefaultValue("5m") @NotNull Duration backlogAgeThreshold,
        @DefaultValue("1m") @NotNull Duration refusalLogInterval) {
}
