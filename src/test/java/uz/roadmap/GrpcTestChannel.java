package uz.roadmap;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
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

    @PreDestroy
    synchronized void close() {
        if (channel != null) {
            channel.shutdownNow();
        }
    }
}
