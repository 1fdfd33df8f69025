package uz.roadmap;

import java.util.concurrent.Executor;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;

import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import jakarta.annotation.PreDestroy;

/**
 * A plaintext channel to the gRPC server of the application under test, on whatever port it has
 * now: the test framework pauses cached contexts it is not using, and a resumed server listens on a
 * new random port.
 */
@TestComponent
public class GrpcTestChannel {

    private final GrpcServerLifecycle server;
    private ManagedChannel channel;
    private int port;

    GrpcTestChannel(GrpcServerLifecycle server) {
        this.server = server;
    }

    public synchronized ManagedChannel channel() {
        var current = server.getPort();
        if (channel == null || port != current) {
            close();
            port = current;
            channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        }
        return channel;
    }

    /** Call credentials that send this access token as {@code authorization: Bearer …} metadata. */
    public static CallCredentials bearer(String token) {
        return new CallCredentials() {

            @Override
            public void applyRequestMetadata(RequestInfo request, Executor executor, MetadataApplier applier) {
                var headers = new Metadata();
                headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
                applier.apply(headers);
            }
        };
    }

    @PreDestroy
    synchronized void close() {
        if (channel != null) {
            channel.shutdownNow();
        }
    }
}
