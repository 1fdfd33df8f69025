package uz.roadmap.platform.security;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.grpc.server.security.AuthenticationProcessInterceptor;
import org.springframework.grpc.server.security.GrpcSecurity;

import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import uz.roadmap.grpc.v1.ServerInfoServiceGrpc;
import uz.roadmap.platform.AccessRules;

/**
 * Who may call which gRPC method, read from the same {@link AccessRules} as the web: health
 * checks, reflection and server information are public; each module declares its own methods;
 * everything else needs a bearer token in the {@code authorization} metadata. A missing or invalid
 * token ends the call with {@code UNAUTHENTICATED}, a forbidden one with {@code PERMISSION_DENIED}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.grpc.server.enabled", matchIfMissing = true)
class GrpcSecurityConfiguration {

    @Bean
    @GlobalServerInterceptor
    AuthenticationProcessInterceptor grpcAccessRules(GrpcSecurity grpc, List<AccessRules> modules) throws Exception {
        for (var rules : modules) {
            rules.configure(grpc);
        }
        return grpc.authorizeRequests(methods -> {
            modules.forEach(rules -> rules.declare(methods));
            methods.methods(HealthGrpc.SERVICE_NAME + "/*", ServerReflectionGrpc.SERVICE_NAME + "/*",
                    ServerInfoServiceGrpc.SERVICE_NAME + "/*").permitAll();
            methods.allRequests().authenticated();
        }).build();
    }
}
