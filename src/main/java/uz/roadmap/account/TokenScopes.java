package uz.roadmap.account;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A personal access token does only what its {@link TokenScope} allows, over REST (403 with an
 * {@code insufficient_scope} challenge) and gRPC ({@code PERMISSION_DENIED}).
 */
@Configuration(proxyBeanMethods = false)
class TokenScopes {

    /** Checked right after the bearer token is read (see {@link SignInRules}). */
    static final class RestCheck extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var scope = PersonalAccessTokens.scopeOf(SecurityContextHolder.getContext().getAuthentication());
            if (!scope.allows(request.getMethod(), request.getRequestURI())) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Inside authentication, where the caller's token is known. */
    @Bean
    @GlobalServerInterceptor
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    @ConditionalOnProperty(name = "spring.grpc.server.enabled", matchIfMissing = true)
    ServerInterceptor grpcTokenScopes() {
        return new ServerInterceptor() {

            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                    ServerCallHandler<Q, R> next) {
                return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {

                    private boolean refused;

                    @Override
                    public void onMessage(Q message) {
                        var scope = PersonalAccessTokens.scopeOf(SecurityContextHolder.getContext().getAuthentication());
                        if (!refused && !scope.allowsGrpc(call.getMethodDescriptor().getFullMethodName())) {
                            refused = true;
                            call.close(Status.PERMISSION_DENIED.withDescription(
                                    "The token's scope (" + scope.written() + ") does not allow this call"), new Metadata());
                        }
                        if (!refused) {
                            super.onMessage(message);
                        }
                    }

                    @Override
                    public void onHalfClose() {
                        if (!refused) {
                            super.onHalfClose();
                        }
                    }
                };
            }
        };
    }
}
