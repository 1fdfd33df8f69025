package uz.roadmap.platform.ratelimit;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Redis is a help, not a dependency: when it is unreachable the application keeps serving with
 * local cache and rate-limit buckets. So its health is {@code DEGRADED} then, not {@code DOWN},
 * and a load balancer keeps the replica in rotation.
 */
class RedisHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Redis unreachable: cache and rate limits are local to this replica");

    private final RedisConnectionFactory connections;
    private final RateLimiter limiter;

    RedisHealthIndicator(RedisConnectionFactory connections, RateLimiter limiter) {
        super("Redis health check failed");
        this.connections = connections;
        this.limiter = limiter;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        var rateLimitBuckets = limiter.degraded() ? "local" : "redis";
        try (var connection = connections.getConnection()) {
            var version = connection.serverCommands().info("server").getProperty("redis_version");
            health.up().withDetail("version", String.valueOf(version)).withDetail("rateLimitBuckets", rateLimitBuckets);
        }
        catch (RuntimeException unreachable) {
            health.status(DEGRADED).withDetail("error", unreachable.getClass().getSimpleName())
                    .withDetail("rateLimitBuckets", "local");
        }
    }
}
