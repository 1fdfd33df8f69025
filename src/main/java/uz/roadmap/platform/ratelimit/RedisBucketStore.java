package uz.roadmap.platform.ratelimit;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

/**
 * Buckets kept in Redis with compare-and-swap updates, so every replica spends one shared budget.
 * The connection is opened on first use, not at start-up: the application must start, and serve,
 * while Redis is down.
 */
class RedisBucketStore implements BucketStore, AutoCloseable {

    private final RedisClient client;
    private volatile ProxyManager<String> buckets;
    private StatefulRedisConnection<String, byte[]> connection;

    RedisBucketStore(String url, Duration timeout) {
        var uri = RedisURI.create(url);
        uri.setTimeout(timeout);
        this.client = RedisClient.create(uri);
    }

    @Override
    public ConsumptionProbe tryConsume(String key, Supplier<BucketConfiguration> configuration) {
        return buckets().builder().build("rate-limit:" + key, configuration).tryConsumeAndReturnRemaining(1);
    }

    @Override
    public EstimationProbe estimate(String key, Supplier<BucketConfiguration> configuration) {
        return buckets().builder().build("rate-limit:" + key, configuration).estimateAbilityToConsume(1);
    }

    private ProxyManager<String> buckets() {
        var current = buckets;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (buckets == null) {
                connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                buckets = Bucket4jLettuce.casBasedBuilder(connection)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy
                                .basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                        .build();
            }
            return buckets;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown();
    }
}
