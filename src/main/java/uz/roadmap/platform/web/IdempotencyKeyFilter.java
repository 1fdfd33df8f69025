package uz.roadmap.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import uz.roadmap.platform.IdempotencyKeys;
import uz.roadmap.shared.Sha256;

/**
 * The {@code Idempotency-Key} header of every REST write, checked in one place (after
 * authentication, since keys are the caller's): an empty or overlong key is 400; a key the caller
 * already used for a different request (method, path or body) is 422, as Stripe answers; the same
 * request again goes on to its module, which answers it as it answered the first time.
 */
class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Where {@code DefaultErrorAttributes} keeps the error that the error page describes. */
    private static final String ERROR = "org.springframework.boot.webmvc.error.DefaultErrorAttributes.ERROR";

    /** Looked up on the first keyed request: creating the filter must not open the database. */
    private final ObjectProvider<IdempotencyKeys> keys;

    IdempotencyKeyFilter(ObjectProvider<IdempotencyKeys> keys) {
        this.keys = keys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > IdempotencyKeys.MAX_LENGTH) {
            refuse(request, response, HttpStatus.BAD_REQUEST,
                    "An Idempotency-Key has 1 to " + IdempotencyKeys.MAX_LENGTH + " characters");
            return;
        }
        var caller = caller();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        var body = request.getInputStream().readAllBytes();
        var fingerprint = fingerprint(request, body);
        if (keys.getObject().claim(caller, key, fingerprint) == IdempotencyKeys.Claim.ANOTHER_REQUEST) {
            refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was used for a different request");
            return;
        }
        chain.doFilter(new Replayed(request, body), response);
    }

    /** The request's method, path, query and body, as one SHA-256. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return Sha256.hex(digest.digest(body));
        }
        catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reason)
            throws IOException {
        var error = new ResponseStatusException(status, reason);
        request.setAttribute(ERROR, error);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, error);
        response.sendError(status.value());
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

    /** The request with its body, already read for the fingerprint, to be read again. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
