package uz.roadmap.platform.ratelimit;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Buckets in this process's memory. Idle buckets are forgotten after an hour; a forgotten bucket
 * is full, which is what an idle client's bucket would be anyway for periods up to an hour.
 */
class LocalBucketStore implements BucketStore {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    @Override
    public ConsumptionProbe tryConsume(String key, Supplier<BucketConfiguration> configuration) {
        return buckets.get(key, ignored -> newBucket(configuration.get())).tryConsumeAndReturnRemaining(1);
    }

    @Override
    public EstimationProbe estimate(String key, Supplier<BucketConfiguration> configuration) {
        return buckets.get(key, ignored -> newBucket(configuration.get())).estimateAbilityToConsume(1);
    }

    private static Bucket newBucket(BucketConfiguration configuration) {
        var builder = Bucket.builder();
        for (var limit : configuration.getBandwidths()) {
            builder.addLimit(limit);
        }
        return builder.build();
    }
}
