package uz.roadmap.platform.ratelimit;

import java.net.InetSocketAddress;

import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.health.v1.HealthGrpc;

/**
 * Spends one token per gRPC call from the {@code grpc} group's budget. Over the limit the call
 * ends with {@code RESOURCE_EXHAUSTED} and a {@code retry-after} trailer in seconds. Health checks
 * are never limited: a load balancer must always be able to ask.
 */
class RateLimitGrpcInterceptor implements ServerInterceptor {

    static final Metadata.Key<String> RETRY_AFTER = Metadata.Key.of("retry-after", Metadata.ASCII_STRING_MARSHALLER);

    private final RateLimiter limiter;

    RateLimitGrpcInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
            ServerCallHandler<Q, R> next) {
        if (!limiter.enabled() || !limiter.covers(RateLimitProperties.GRPC)
                || HealthGrpc.SERVICE_NAME.equals(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        var decision = limiter.consume(RateLimitProperties.GRPC, client(call));
        if (decision.allowed()) {
            return next.startCall(call, headers);
        }
        var trailers = new Metadata();
        trailers.put(RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        call.close(Status.RESOURCE_EXHAUSTED.withDescription(
                "Rate limit exceeded; retry after " + decision.retryAfterSeconds() + " s"), trailers);
        return new ServerCall.Listener<>() {
        };
    }

    private static String client(ServerCall<?, ?> call) {
        var address = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
        return "ip:" + (address instanceof InetSocketAddress socket ? socket.getAddress().getHostAddress() : "unknown");
    }
}
