package uz.roadmap.platform.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, before anything else runs, a request whose JSON, form or text body is larger than the
 * limit (413, before a byte of it is read, or as soon as a body of unannounced length passes it), and one whose URL
 * parameters or form fields carry a NUL character, or a form field longer than
 * {@value #MAX_FORM_FIELD} characters (400). Tomcat already refuses NUL in the path, and
 * {@link WellFormedJson} checks JSON bodies.
 */
class WellFormedRequests extends OncePerRequestFilter {

    private final long maxBody;

    /**
     * The longest form field: well beyond every limit a page checks itself (an answer's 20,000
     * characters), so that the page can say what is too long and keep the text.
     */
    static final int MAX_FORM_FIELD = 100_000;

    WellFormedRequests(RequestLimits limits) {
        this.maxBody = limits.maxBodySize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bounded(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBody) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        var query = request.getQueryString();
        if (query != null) {
            try {
                request.getParameterMap();
            }
            catch (IllegalStateException undecodable) {
                // Tomcat's InvalidParameterException: a parameter that is not valid UTF-8
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
        }
        if (query != null && (query.contains("%00") || query.contains("\u0000"))) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        if (request.getContentType() != null && request.getContentType().startsWith("application/x-www-form-urlencoded")) {
            for (var values : request.getParameterMap().values()) {
                for (var value : values) {
                    if (value.indexOf('\u0000') >= 0 || value.length() > MAX_FORM_FIELD) {
                        response.sendError(HttpStatus.BAD_REQUEST.value());
                        return;
                    }
                }
            }
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, maxBody) : request, response);
    }

    /**
     * Whether the body is one the limit applies to: JSON, forms and text. Uploads of files (audio
     * of a mock interview, in chunks) are bounded by the endpoint that takes them.
     */
    private static boolean bounded(HttpServletRequest request) {
        var type = request.getContentType();
        if (type == null) {
            return true;
        }
        var lower = type.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("json") || lower.startsWith("application/x-www-form-urlencoded")
                || lower.startsWith("text/") || lower.startsWith("multipart/");
    }

    /** A body sent without its length: read until it passes the limit, then refused. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long max;
        private @Nullable ServletInputStream stream;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var body = super.getInputStream();
                stream = new ServletInputStream() {

                    private long read;

                    @Override
                    public int read() throws IOException {
                        var next = body.read();
                        if (next >= 0) {
                            count(1);
                        }
                        return next;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        var count = body.read(buffer, offset, length);
                        if (count > 0) {
                            count(count);
                        }
                        return count;
                    }

                    private void count(long bytes) throws BodyTooLarge {
                        read += bytes;
                        if (read > max) {
                            throw new BodyTooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }

    /** The body passed the limit while it was read. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge() {
            super("The request body is larger than allowed");
        }
    }
}
