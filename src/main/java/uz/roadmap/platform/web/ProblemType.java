package uz.roadmap.platform.web;

import java.net.URI;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.MethodValidationResult;

/**
 * The stable {@code type} of a problem-details response. Clients branch on the type, never on
 * the (translated) title. Each type is documented at its URI, {@code /problems/<slug>}.
 */
record ProblemType(String slug) {

    /** Every type this application answers with. */
    static final Set<String> ALL = Set.of("bad-request", "malformed-request", "validation-failed", "unauthenticated",
            "forbidden", "not-found", "method-not-allowed", "not-acceptable", "conflict", "content-too-large",
            "unsupported-media-type", "unprocessable", "rate-limited", "server-error", "unavailable");

    static ProblemType of(HttpStatus status, @Nullable Throwable error) {
        return new ProblemType(switch (status) {
            case BAD_REQUEST -> error instanceof HttpMessageNotReadableException ? "malformed-request"
                    : error instanceof BindingResult || error instanceof MethodValidationResult ? "validation-failed"
                    : "bad-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case CONFLICT -> "conflict";
            case CONTENT_TOO_LARGE -> "content-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case UNPROCESSABLE_CONTENT -> "unprocessable";
            case TOO_MANY_REQUESTS -> "rate-limited";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> status.is5xxServerError() ? "server-error" : "bad-request";
        });
    }

    URI uri() {
        return URI.create("/problems/" + slug);
    }
}
