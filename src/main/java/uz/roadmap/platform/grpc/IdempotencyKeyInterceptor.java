package uz.roadmap.platform.grpc;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import uz.roadmap.platform.IdempotencyKeys;
import uz.roadmap.shared.Sha256;

/**
 * The {@code idempotency_key} field of every gRPC request, checked in one place, as the REST
 * {@code Idempotency-Key} header is: a key longer than {@value IdempotencyKeys#MAX_LENGTH}
 * characters ends the call {@code INVALID_ARGUMENT}; a key the caller already used for a different
 * request (another method, or other fields) ends it {@code FAILED_PRECONDITION}, the gRPC
 * counterpart of 422. Runs inside authentication, where the caller is known.
 */
class IdempotencyKeyInterceptor implements ServerInterceptor {

    static final String FIELD = "idempotency_key";

    private final IdempotencyKeys keys;

    IdempotencyKeyInterceptor(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        var listener = next.startCall(call, headers);
        return new SimpleForwardingServerCallListener<>(listener) {

            private boolean refused;

            @Override
            public void onMessage(Q message) {
                var problem = message instanceof Message typed ? problem(call.getMethodDescriptor().getFullMethodName(), typed)
                        : null;
                if (problem != null) {
                    refused = true;
                    call.close(problem, new Metadata());
                    return;
                }
                super.onMessage(message);
            }

            @Override
            public void onHalfClose() {
                if (!refused) {
                    super.onHalfClose();
                }
            }
        };
    }

    private @Nullable Status problem(String method, Message message) {
        FieldDescriptor field = message.getDescriptorForType().findFieldByName(FIELD);
        if (field == null || field.getJavaType() != FieldDescriptor.JavaType.STRING) {
            return null;
        }
        var key = (String) message.getField(field);
        if (key.isEmpty()) {
            return null;
        }
        if (key.isBlank() || key.length() > IdempotencyKeys.MAX_LENGTH) {
            return Status.INVALID_ARGUMENT.withDescription(
                    FIELD + " has 1 to " + IdempotencyKeys.MAX_LENGTH + " characters, not only spaces");
        }
        var caller = caller();
        if (caller == null) {
            return null;
        }
        var fingerprint = Sha256.hex(method + "\n" + Sha256.hex(message.toBuilder().clearField(field).build().toByteArray()));
        return keys.claim(caller, key, fingerprint) == IdempotencyKeys.Claim.ANOTHER_REQUEST
                ? Status.FAILED_PRECONDITION.withDescription("This idempotency_key was used for a different request")
                : null;
    }

    private static @Nullable UUID caller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            return UUID.fromString(authentication.getName());
        }
        catch (IllegalArgumentException notAnAccount) {
            return null;
        }
    }
}
