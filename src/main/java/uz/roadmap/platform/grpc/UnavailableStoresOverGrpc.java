package uz.roadmap.platform.grpc;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import org.springframework.stereotype.Component;

import io.grpc.Status;
import io.grpc.StatusException;

/**
 * A store the call needs (PostgreSQL, or Redis where nothing can stand in for it) is out of reach:
 * the call ends UNAVAILABLE, which clients may retry, instead of INTERNAL or UNKNOWN.
 */
@Component
class UnavailableStoresOverGrpc implements GrpcExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UnavailableStoresOverGrpc.class);

    @Override
    public @Nullable StatusException handleException(Throwable exception) {
        if (!(exception instanceof DataAccessResourceFailureException failure)) {
            return null;
        }
        log.warn("A store is out of reach: {}", failure.getMessage());
        return Status.UNAVAILABLE.withDescription("A service this call needs is unavailable; try again shortly").asException();
    }
}
