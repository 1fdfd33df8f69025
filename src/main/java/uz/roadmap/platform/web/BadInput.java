package uz.roadmap.platform.web;

import java.io.IOException;
import java.time.DateTimeException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

/**
 * Input that got past the checks on the way in and that a handler or the database still could
 * not use is the client's mistake, answered as problem details and never as a server error: a
 * value out of range or a date that does not exist is 400; a write the database refuses because
 * what it refers to is gone (the account was deleted meanwhile) or already exists is 409. Nothing
 * is stored, and the cause is logged without the values.
 */
@ControllerAdvice
class BadInput {

    private static final Logger log = LoggerFactory.getLogger(BadInput.class);

    @ExceptionHandler({ IllegalArgumentException.class, DateTimeException.class, ArithmeticException.class,
            ConstraintViolationException.class })
    void invalid(RuntimeException invalid, HttpServletResponse response) throws IOException {
        log.info("Refused a request with an invalid value: {}", invalid.getClass().getSimpleName());
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    /** A body that passed the size limit while it was read is 413; any other unreadable body 400. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException unreadable, HttpServletResponse response) throws IOException {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof WellFormedRequests.BodyTooLarge) {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            }
        }
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    void conflict(DataIntegrityViolationException refused, HttpServletResponse response) throws IOException {
        log.info("The database refused a write: {}", refused.getMostSpecificCause().getClass().getSimpleName());
        response.sendError(HttpStatus.CONFLICT.value());
    }
}
