package uz.roadmap.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors Tomcat answers on its own, before the application sees the request (a malformed URL, a
 * request line or headers too large): problem details like every other error, in the browser's
 * language, with the security headers the application sends, instead of Tomcat's HTML page.
 */
class ProblemReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ProblemReportValve(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        var code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var status = HttpStatus.resolve(code);
        var type = ProblemType.of(status == null ? HttpStatus.BAD_REQUEST : status, null);
        var locale = language(request.getHeader("Accept-Language"));
        var problem = new java.util.LinkedHashMap<String, Object>();
        problem.put("type", type.uri().toString());
        problem.put("title", messages.getMessage("problem." + type.slug() + ".title", null, locale));
        problem.put("status", code);
        problem.put("detail", messages.getMessage("problem." + type.slug() + ".detail", new Object[] { "" }, locale));
        try {
            response.resetBuffer();
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            var body = JSON.writeValueAsBytes(problem);
            response.getOutputStream().write(body);
            response.finishResponse();
        }
        catch (IOException | IllegalStateException ignored) {
            // the client went away or the response cannot take a body any more
        }
    }

    private static Locale language(@Nullable String acceptLanguage) {
        if (acceptLanguage != null) {
            try {
                var match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LanguageResolver.SUPPORTED);
                if (match != null) {
                    return match;
                }
            }
            catch (IllegalArgumentException malformed) {
                // Uzbek, as for every other request
            }
        }
        return LanguageResolver.UZBEK;
    }
}
