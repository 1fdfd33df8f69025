package uz.roadmap.platform.ratelimit;

import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Where token buckets live: in this process, or in Redis so that every replica shares one budget.
 */
interface BucketStore {

    ConsumptionProbe tryConsume(String key, Supplier<BucketConfiguration> configuration);

    /** Whether one token is available, and if not how long until it is, without taking it. */
    EstimationProbe estimate(String key, Supplier<BucketConfiguration> configuration);
}
