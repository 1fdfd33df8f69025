package uz.roadmap.platform.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Request budgets per route group. A request belongs to the first group, in the order written,
 * one of whose path patterns matches; gRPC calls belong to the group named {@code grpc}.
 *
 * @param enabled whether limits are enforced at all
 * @param groups the budgets, in matching order
 * @param redisRetry how long to stay on local buckets after Redis failed before trying it again
 */
@Validated
@ConfigurationProperties("roadmap.rate-limit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull Map<String, @Valid Group> groups,
        @DefaultValue("10s") Duration redisRetry) {

    static final String GRPC = "grpc";

    RateLimitProperties {
        groups = new LinkedHashMap<>(groups);
    }

    /**
     * @param paths Ant-style path patterns, e.g. {@code /api/**}
     * @param capacity how many requests a client may make in a burst
     * @param period how long it takes to refill the whole capacity
     */
    record Group(@DefaultValue List<String> paths, @Positive long capacity, @NotNull Duration period) {
    }
}
