package uz.roadmap.platform.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.AntPathMatcher;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import uz.roadmap.platform.Throttles;

/**
 * Token-bucket rate limiting per client and route group. A client is its user id when signed in,
 * its IP address otherwise. When the shared store (Redis) fails, buckets fall back to this
 * process until the store answers again: budgets are then per replica, but requests are served.
 */
class RateLimiter implements Throttles {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final RateLimitProperties properties;
    private final BucketStore store;
    private final @Nullable BucketStore fallback;
    private final Map<String, Supplier<BucketConfiguration>> configurations;
    private final AntPathMatcher paths = new AntPathMatcher();
    private final MeterRegistry meters;
    private final Clock clock;
    private volatile @Nullable Instant fallbackUntil;

    /**
     * @param store where buckets live
     * @param fallback where buckets live while {@code store} fails, or {@code null} when it cannot fail
     */
    RateLimiter(RateLimitProperties properties, BucketStore store, @Nullable BucketStore fallback,
            MeterRegistry meters, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.fallback = fallback;
        this.meters = meters;
        this.clock = clock;
        this.configurations = properties.groups().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                group -> configuration(group.getValue())));
        meters.gauge("roadmap.ratelimit.degraded", this, limiter -> limiter.degraded() ? 1 : 0);
    }

    /** The group whose path patterns match the request path, if any. */
    Optional<String> groupFor(String path) {
        return properties.groups().entrySet().stream()
                .filter(group -> group.getValue().paths().stream().anyMatch(pattern -> paths.match(pattern, path)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    boolean enabled() {
        return properties.enabled();
    }

    boolean covers(String group) {
        return configurations.containsKey(group);
    }

    Decision consume(String group, String client) {
        var configuration = configurations.get(group);
        var limit = properties.groups().get(group).capacity();
        var probe = consumeFrom(group + ":" + client, configuration);
        meters.counter("roadmap.ratelimit.requests", "group", group,
                "outcome", probe.isConsumed() ? "allowed" : "rejected").increment();
        return new Decision(probe.isConsumed(), limit, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whether the client could make a request of the group now, without spending anything. */
    Decision peek(String group, String client) {
        var limit = properties.groups().get(group).capacity();
        var probe = fromStore(store -> store.estimate(group + ":" + client, configurations.get(group)));
        if (!probe.canBeConsumed()) {
            meters.counter("roadmap.ratelimit.requests", "group", group, "outcome", "rejected").increment();
        }
        var wait = seconds(probe.getNanosToWaitForRefill());
        return new Decision(probe.canBeConsumed(), limit, probe.getRemainingTokens(), wait, wait);
    }

    @Override
    public long secondsUntilAllowed(String key, Budget budget) {
        var probe = fromStore(store -> store.estimate("throttle:" + key, attempts(budget)));
        return probe.canBeConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    @Override
    public long spent(String key, Budget budget) {
        var probe = fromStore(store -> store.estimate("throttle:" + key, attempts(budget)));
        return Math.max(0, budget.capacity() - probe.getRemainingTokens());
    }

    @Override
    public void spend(String key, Budget budget) {
        fromStore(store -> store.tryConsume("throttle:" + key, attempts(budget)));
    }

    /** Attempts come back all at once when the period is over, not one by one: a spent budget means a wait. */
    private static Supplier<BucketConfiguration> attempts(Budget budget) {
        var configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(budget.capacity()).refillIntervally(budget.capacity(), budget.period()))
                .build();
        return () -> configuration;
    }

    /** Whether buckets are on the local fallback because the shared store failed. */
    boolean degraded() {
        var until = fallbackUntil;
        return until != null && clock.instant().isBefore(until);
    }

    private ConsumptionProbe consumeFrom(String key, Supplier<BucketConfiguration> configuration) {
        return fromStore(buckets -> buckets.tryConsume(key, configuration));
    }

    /** Asks the shared store, or the local fallback while the shared store is failing. */
    private <T> T fromStore(Function<BucketStore, T> operation) {
        if (fallback == null) {
            return operation.apply(store);
        }
        if (degraded()) {
            return operation.apply(fallback);
        }
        try {
            return operation.apply(store);
        }
        catch (RuntimeException failure) {
            log.warn("Rate-limit store failed, using local buckets for {}: {}", properties.redisRetry(),
                    failure.getMessage());
            meters.counter("roadmap.ratelimit.fallbacks").increment();
            fallbackUntil = clock.instant().plus(properties.redisRetry());
            return operation.apply(fallback);
        }
    }

    private static Supplier<BucketConfiguration> configuration(RateLimitProperties.Group group) {
        var configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(group.capacity()).refillGreedy(group.capacity(), group.period()))
                .build();
        return () -> configuration;
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
