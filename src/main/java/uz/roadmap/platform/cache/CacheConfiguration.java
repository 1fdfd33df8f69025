package uz.roadmap.platform.cache;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.SimpleCacheErrorHandler;
import org.springframework.boot.cache.autoconfigure.CacheProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.serializer.GenericJacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext;

import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Reads are cached cache-aside: Caffeine in local mode, Redis in full mode (chosen by
 * {@code spring.cache.type}). A cache that fails is treated as a miss, never as an error:
 * the database stays the source of truth.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration implements CachingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CacheConfiguration.class);

    /**
     * Full mode: cached values are stored in Redis as JSON with their type, restricted to this
     * application's own types and the JDK's value types, so nothing else can be materialized.
     */
    @Bean
    @Profile("full")
    RedisCacheConfiguration redisCacheConfiguration(CacheProperties properties) {
        var types = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("uz.roadmap.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.time.")
                .allowIfSubType("java.lang.")
                .build();
        var json = GenericJacksonJsonRedisSerializer.builder()
                .enableSpringCacheNullValueSupport()
                .enableDefaultTyping(types)
                .build();
        var configuration = RedisCacheConfiguration.defaultCacheConfig()
                .serializeValuesWith(RedisSerializationContext.SerializationPair.fromSerializer(json));
        var timeToLive = properties.getRedis().getTimeToLive();
        return timeToLive == null ? configuration : configuration.entryTtl(timeToLive);
    }

    @Override
    public CacheErrorHandler errorHandler() {
        return new SimpleCacheErrorHandler() {

            @Override
            public void handleCacheGetError(RuntimeException failure, Cache cache, Object key) {
                log.warn("Cache {} failed on get, reading through: {}", cache.getName(), failure.getMessage());
            }

            @Override
            public void handleCachePutError(RuntimeException failure, Cache cache, Object key,
                    @Nullable Object value) {
                log.warn("Cache {} failed on put: {}", cache.getName(), failure.getMessage());
            }

            @Override
            public void handleCacheEvictError(RuntimeException failure, Cache cache, Object key) {
                log.warn("Cache {} failed on evict: {}", cache.getName(), failure.getMessage());
            }

            @Override
            public void handleCacheClearError(RuntimeException failure, Cache cache) {
                log.warn("Cache {} failed on clear: {}", cache.getName(), failure.getMessage());
            }
        };
    }
}
