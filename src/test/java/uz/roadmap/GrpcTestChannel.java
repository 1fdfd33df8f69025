package uz.roadmap;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

/**
 * A plaintext channel to the gRPC server of the application under test, on whatever port it got.
 */
@TestComponent
public class GrpcTestChannel implements AutoCloseable {

    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private volatile ManagedChannel channel;

    @EventListener
    void started(GrpcServerStartedEvent event) {
        port.complete(event.getPort());
    }

    public synchronized ManagedChannel channel() throws Exception {
        if (channel == null) {
            channel = ManagedChannelBuilder.forAddress("127.0.0.1", port.get(30, TimeUnit.SECONDS))
                    .usePlaintext()
                    .build();
        }
        return channel;
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.shutdownNow();
        }
    }
}
