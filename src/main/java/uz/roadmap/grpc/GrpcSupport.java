package uz.roadmap.grpc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import uz.roadmap.grpc.v1.LocalizedText;

/**
 * What every module's gRPC service does the same way: who is calling, reading an id, writing the
 * contract's shared messages, answering once, and refusing a bad argument.
 */
public final class GrpcSupport {

    private GrpcSupport() {
    }

    /** The account the call is authenticated as (every service but the public ones requires one). */
    public static UUID caller() {
        return UUID.fromString(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    /** The id a request names, or empty when it is not one. */
    public static Optional<UUID> id(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        }
        catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The instant as a protobuf timestamp; none is the default (unset) timestamp. */
    public static Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? Timestamp.getDefaultInstance()
                : Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    public static LocalizedText text(uz.roadmap.shared.LocalizedText text) {
        return LocalizedText.newBuilder().setUz(text.uz()).setEn(text.en()).build();
    }

    /** Answers a unary call with its one message. */
    public static <T> void reply(StreamObserver<T> response, T message) {
        response.onNext(message);
        response.onCompleted();
    }

    /** {@code INVALID_ARGUMENT}, saying what is wrong with the request. */
    public static StatusRuntimeException invalid(String description) {
        return Status.INVALID_ARGUMENT.withDescription(description).asRuntimeException();
    }
}
