package uz.roadmap.platform.grpc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.grpc.server.GrpcServerFactory;
import org.springframework.grpc.server.service.GrpcServiceConfigurer;
import org.springframework.grpc.server.service.GrpcServiceSpec;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import io.grpc.Attributes;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;

/**
 * Every gRPC request is read and checked before any interceptor or service sees it: bytes that
 * are not a valid message, strings with a NUL character or longer than {@value #MAX_STRING}
 * characters, and timestamps outside years 1 to 9999 end the call with {@code INVALID_ARGUMENT},
 * instead of the {@code UNKNOWN} that grpc-java answers when parsing fails, or a database error
 * later. Status descriptions are cut to a readable length, so that no echo of a huge input can
 * overflow the trailers.
 */
class WellFormedRequests implements GrpcServiceConfigurer {

    /** The longest string any request may carry: the longest written answer. */
    static final int MAX_STRING = 20_000;
    private static final int MAX_DESCRIPTION = 500;
    private static final long MIN_SECONDS = -62_135_596_800L; // 0001-01-01T00:00:00Z
    private static final long MAX_SECONDS = 253_402_300_799L; // 9999-12-31T23:59:59Z

    private final GrpcServiceConfigurer configured;

    /** @param configured what sets up a service otherwise (its interceptors) */
    WellFormedRequests(GrpcServiceConfigurer configured) {
        this.configured = configured;
    }

    @Override
    public ServerServiceDefinition configure(GrpcServiceSpec spec, @Nullable GrpcServerFactory factory) {
        var service = configured.configure(spec, factory);
        var original = service.getServiceDescriptor();
        var descriptor = ServiceDescriptor.newBuilder(original.getName()).setSchemaDescriptor(original.getSchemaDescriptor());
        var methods = new java.util.ArrayList<ServerMethodDefinition<byte[], ?>>();
        for (var method : service.getMethods()) {
            var checked = checked(method);
            descriptor.addMethod(checked.getMethodDescriptor());
            methods.add(checked);
        }
        var definition = ServerServiceDefinition.builder(descriptor.build());
        methods.forEach(definition::addMethod);
        return definition.build();
    }

    private static <Q, R> ServerMethodDefinition<byte[], R> checked(ServerMethodDefinition<Q, R> method) {
        var typed = method.getMethodDescriptor();
        var raw = typed.toBuilder(new Bytes(), typed.getResponseMarshaller()).build();
        ServerCallHandler<byte[], R> handler = (call, headers) -> new Checking<>(call, headers, method);
        return ServerMethodDefinition.create(raw, handler);
    }

    /** Parses and checks each message, then hands it to the service's own handler (with its interceptors). */
    private static final class Checking<Q, R> extends ServerCall.Listener<byte[]> {

        private final Typed<Q, R> call;
        private final ServerCall.Listener<Q> delegate;
        private final MethodDescriptor<Q, R> method;

        Checking(ServerCall<byte[], R> call, Metadata headers, ServerMethodDefinition<Q, R> definition) {
            this.method = definition.getMethodDescriptor();
            this.call = new Typed<>(call, method);
            this.delegate = definition.getServerCallHandler().startCall(this.call, headers);
        }

        @Override
        public void onMessage(byte[] message) {
            if (call.closed) {
                return;
            }
            Q parsed;
            try {
                parsed = method.parseRequest(new ByteArrayInputStream(message));
            }
            catch (RuntimeException malformed) {
                call.close(Status.INVALID_ARGUMENT.withDescription("The request is not a valid "
                        + method.getFullMethodName() + " message"), new Metadata());
                return;
            }
            var problem = parsed instanceof Message typed ? problem(typed, "") : null;
            if (problem != null) {
                call.close(Status.INVALID_ARGUMENT.withDescription(problem), new Metadata());
                return;
            }
            delegate.onMessage(parsed);
        }

        @Override
        public void onHalfClose() {
            if (!call.closed) {
                delegate.onHalfClose();
            }
        }

        @Override
        public void onCancel() {
            delegate.onCancel();
        }

        @Override
        public void onComplete() {
            delegate.onComplete();
        }

        @Override
        public void onReady() {
            if (!call.closed) {
                delegate.onReady();
            }
        }
    }

    /** What is wrong with a message, or nothing. */
    static @Nullable String problem(Message message, String prefix) {
        if (message instanceof Timestamp timestamp) {
            return timestamp.getSeconds() < MIN_SECONDS || timestamp.getSeconds() > MAX_SECONDS
                    || timestamp.getNanos() < 0 || timestamp.getNanos() > 999_999_999
                            ? prefix + " must be a time between the years 1 and 9999"
                            : null;
        }
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            var name = prefix.isEmpty() ? field.getKey().getName() : prefix + "." + field.getKey().getName();
            var values = field.getKey().isRepeated() ? (java.util.List<?>) field.getValue()
                    : java.util.List.of(field.getValue());
            for (var value : values) {
                var problem = switch (value) {
                    case String text when text.indexOf('\u0000') >= 0 -> name + " must not contain a NUL character";
                    case String text when text.length() > MAX_STRING -> name + " must have at most " + MAX_STRING
                            + " characters";
                    case Message inner -> problem(inner, name);
                    default -> null;
                };
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** The call as the service's handler sees it: typed messages, and closed at most once. */
    private static final class Typed<Q, R> extends ServerCall<Q, R> {

        private final ServerCall<byte[], R> call;
        private final MethodDescriptor<Q, R> method;
        private volatile boolean closed;

        Typed(ServerCall<byte[], R> call, MethodDescriptor<Q, R> method) {
            this.call = call;
            this.method = method;
        }

        @Override
        public void request(int messages) {
            call.request(messages);
        }

        @Override
        public void sendHeaders(Metadata headers) {
            call.sendHeaders(headers);
        }

        @Override
        public void sendMessage(R message) {
            call.sendMessage(message);
        }

        @Override
        public synchronized void close(Status status, Metadata trailers) {
            if (closed) {
                return;
            }
            closed = true;
            var description = status.getDescription();
            call.close(description != null && description.length() > MAX_DESCRIPTION
                    ? status.withDescription(description.substring(0, MAX_DESCRIPTION) + "…")
                    : status, trailers);
        }

        @Override
        public boolean isCancelled() {
            return call.isCancelled();
        }

        @Override
        public boolean isReady() {
            return call.isReady();
        }

        @Override
        public void setMessageCompression(boolean enabled) {
            call.setMessageCompression(enabled);
        }

        @Override
        public void setCompression(String compressor) {
            call.setCompression(compressor);
        }

        @Override
        public Attributes getAttributes() {
            return call.getAttributes();
        }

        @Override
        public @Nullable String getAuthority() {
            return call.getAuthority();
        }

        @Override
        public MethodDescriptor<Q, R> getMethodDescriptor() {
            return method;
        }
    }

    private static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {

        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            }
            catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }
}
