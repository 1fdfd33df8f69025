package uz.roadmap.platform.grpc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.server.service.DefaultGrpcServiceConfigurer;
import org.springframework.grpc.server.service.GrpcServiceConfigurer;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.grpc.server.enabled", matchIfMissing = true)
class GrpcRequestChecks {

    /** Every service as Spring gRPC sets it up (with the global interceptors), behind {@link WellFormedRequests}. */
    @Bean
    GrpcServiceConfigurer grpcServiceConfigurer(ApplicationContext application) {
        var configured = new DefaultGrpcServiceConfigurer(application);
        configured.afterPropertiesSet();
        return new WellFormedRequests(configured);
    }
}
