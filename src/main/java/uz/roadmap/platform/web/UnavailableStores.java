package uz.roadmap.platform.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A store the request needs (PostgreSQL, or Redis where nothing can stand in for it) is out of
 * reach: the answer is 503 with {@code Retry-After}, as problem details or an error page, not a
 * server error — the request was fine and may be sent again.
 */
@ControllerAdvice
class UnavailableStores {

    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger log = LoggerFactory.getLogger(UnavailableStores.class);

    @ExceptionHandler(DataAccessResourceFailureException.class)
    void unavailable(DataAccessResourceFailureException failure, HttpServletResponse response) throws IOException {
        log.warn("A store is out of reach: {}", failure.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
}
