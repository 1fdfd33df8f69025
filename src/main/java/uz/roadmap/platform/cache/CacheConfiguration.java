package uz.roadmap.platform.cache;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.SimpleCacheErrorHandler;
import org.springframework.context.annotation.Configuration;

/**
 * Reads are cached cache-aside: Caffeine in local mode, Redis in full mode (chosen by
 * {@code spring.cache.type}; values are the modules' own serializable records). A cache that fails
 * is treated as a miss, never as an error: the database stays the source of truth.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration implements CachingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CacheConfiguration.class);

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
