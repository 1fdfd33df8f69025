package uz.roadmap.platform.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place every error ends up: framework errors (unknown route, wrong method, unreadable
 * body, failed validation), security refusals, rate-limit rejections and uncaught exceptions.
 * Browsers get a page in their language; everybody else gets RFC 9457 problem details with a
 * stable {@code type}. Server errors never reveal their cause.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ErrorAttributes errorAttributes;
    private final MessageSource messages;

    ErrorPages(ErrorAttributes errorAttributes, MessageSource messages) {
        this.errorAttributes = errorAttributes;
        this.messages = messages;
    }

    /** A page for browsers; problem details all the same for the REST API, whatever the client accepts. */
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Nullable ModelAndView page(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        var problem = describe(request, response, locale);
        var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null && path.startsWith("/api/")) {
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(JSON.writeValueAsBytes(problem));
            return null;
        }
        return new ModelAndView("error", Map.of("problem", problem), HttpStatus.valueOf(problem.getStatus()));
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var problem = describe(request, response, locale);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ProblemDetail describe(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var status = status(request);
        var error = errorAttributes.getError(new ServletWebRequest(request));
        var type = ProblemType.of(status, error);
        var retryAfter = response.getHeader(HttpHeaders.RETRY_AFTER);

        var problem = ProblemDetail.forStatus(status);
        problem.setType(type.uri());
        problem.setTitle(messages.getMessage("problem." + type.slug() + ".title", null, locale));
        problem.setDetail(messages.getMessage("problem." + type.slug() + ".detail",
                new Object[] { retryAfter == null ? "" : retryAfter }, locale));
        var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(URI.create(path));
        }
        if (status.is4xxClientError() && error instanceof ResponseStatusException refused && refused.getReason() != null) {
            problem.setDetail(refused.getReason());
        }
        var invalid = invalidFields(error);
        if (!invalid.isEmpty()) {
            problem.setProperty("errors", invalid);
        }
        return problem;
    }

    /** The error's status; a request for {@code /error} itself, with no error behind it, finds nothing. */
    private static HttpStatus status(HttpServletRequest request) {
        var code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        var status = HttpStatus.resolve(code);
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** Which fields of the request failed validation, and why, in the validator's words. */
    private static List<InvalidField> invalidFields(@Nullable Throwable error) {
        if (error instanceof BindingResult result) {
            return result.getFieldErrors().stream()
                    .map(field -> new InvalidField(field.getField(), field.getDefaultMessage()))
                    .toList();
        }
        if (error instanceof MethodValidationResult result) {
            return result.getParameterValidationResults().stream()
                    .flatMap(parameter -> parameter.getResolvableErrors().stream()
                            .map(violation -> new InvalidField(
                                    String.valueOf(parameter.getMethodParameter().getParameterName()),
                                    violation.getDefaultMessage())))
                    .toList();
        }
        return List.of();
    }

    record InvalidField(String field, @Nullable String message) {
    }
}
