package uz.roadmap.platform.grpc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uz.roadmap.platform.IdempotencyKeys;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.grpc.server.service.DefaultGrpcServiceConfigurer;
import org.springframework.grpc.server.service.GrpcServiceConfigurer;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.grpc.server.enabled", matchIfMissing = true)
class GrpcRequestChecks {

    /** Innermost of the global interceptors: inside authentication, where the caller is known. */
    @Bean
    @GlobalServerInterceptor
    @Order(Ordered.LOWEST_PRECEDENCE)
    IdempotencyKeyInterceptor idempotencyKeyInterceptor(IdempotencyKeys keys) {
        return new IdempotencyKeyInterceptor(keys);
    }

    /** Every service as Spring gRPC sets it up (with the global interceptors), behind {@link WellFormedRequests}. */
    @Bean
    GrpcServiceConfigurer grpcServiceConfigurer(ApplicationContext application) {
        var configured = new DefaultGrpcServiceConfigurer(application);
        configured.afterPropertiesSet();
        return new WellFormedRequests(configured);
    }
}
