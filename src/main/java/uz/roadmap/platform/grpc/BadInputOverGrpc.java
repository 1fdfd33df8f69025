package uz.roadmap.platform.grpc;

import java.time.DateTimeException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import org.springframework.stereotype.Component;

import io.grpc.Status;
import io.grpc.StatusException;

/**
 * Input a service could not use ends the call with {@code INVALID_ARGUMENT} (a value out of range,
 * a date that does not exist), and a write the database refused because what it refers to is gone
 * with {@code FAILED_PRECONDITION}: never {@code UNKNOWN}. The cause is logged, not sent.
 */
@Component
class BadInputOverGrpc implements GrpcExceptionHandler {

    @Override
    public @Nullable StatusException handleException(Throwable exception) {
        return switch (exception) {
            case IllegalArgumentException invalid -> Status.INVALID_ARGUMENT
                    .withDescription("A value of the request is invalid or out of range").asException();
            case DateTimeException outOfRange -> Status.INVALID_ARGUMENT
                    .withDescription("A date of the request is out of range").asException();
            case ArithmeticException outOfRange -> Status.INVALID_ARGUMENT
                    .withDescription("A number of the request is out of range").asException();
            case DataIntegrityViolationException refused -> Status.FAILED_PRECONDITION
                    .withDescription("The request conflicts with the stored data (was something deleted?)").asException();
            default -> null;
        };
    }
}
