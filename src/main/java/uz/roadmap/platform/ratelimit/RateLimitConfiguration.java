package uz.roadmap.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.grpc.server.GlobalServerInterceptor;

import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @Profile("!full")
    RateLimiter localRateLimiter(RateLimitProperties properties, MeterRegistry meters) {
        return new RateLimiter(properties, new LocalBucketStore(), null, meters, Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    @Profile("full")
    RedisBucketStore redisBucketStore(@Value("${spring.data.redis.url}") String url,
            @Value("${spring.data.redis.timeout:500ms}") Duration timeout) {
        return new RedisBucketStore(url, timeout);
    }

    @Bean
    @Profile("full")
    RateLimiter sharedRateLimiter(RateLimitProperties properties, RedisBucketStore redis, MeterRegistry meters) {
        return new RateLimiter(properties, redis, new LocalBucketStore(), meters, Clock.systemUTC());
    }

    @Bean
    @Profile("full")
    RedisHealthIndicator redisHealthIndicator(RedisConnectionFactory connections, RateLimiter limiter) {
        return new RedisHealthIndicator(connections, limiter);
    }

    @Bean
    FilterRegistrationBean<AddressLimitFilter> addressLimitFilter(RateLimiter limiter) {
        var registration = new FilterRegistrationBean<>(new AddressLimitFilter(limiter));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(limiter));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    @GlobalServerInterceptor
    RateLimitGrpcInterceptor rateLimitGrpcInterceptor(RateLimiter limiter) {
        return new RateLimitGrpcInterceptor(limiter);
    }
}
