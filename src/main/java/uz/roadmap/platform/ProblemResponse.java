package uz.roadmap.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem response that a REST operation gives beyond those every operation of its kind can give
 * (400, 401, 403, 404, 413, 429, 503 are documented from the operation's shape): e.g. 409 when the
 * resource's state does not allow the change. The OpenAPI document lists it with the problem schema.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {

    /** The HTTP status, e.g. 409. */
    int status();

    /** When the operation answers it. */
    String description();

    /** Several problem responses of one operation. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {

        ProblemResponse[] value();
    }
}
