package uz.roadmap.platform.ratelimit;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spends one token per HTTP request of a limited route group and tells the client its budget in
 * {@code RateLimit-*} headers. Over the limit, the request is answered 429 with {@code Retry-After};
 * the error page turns that into problem details. Runs after security, so that a signed-in user
 * is limited by user id rather than by the IP address a whole office may share; requests that
 * security refused never get here and are counted by {@link AddressLimitFilter} instead.
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** Set on a request once it has spent from a budget. */
    static final String SPENT = RateLimitFilter.class.getName() + ".spent";

    private final RateLimiter limiter;

    RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limiter.enabled();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var group = limiter.groupFor(request.getRequestURI().substring(request.getContextPath().length()));
        if (group.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var decision = limiter.consume(group.get(), client(request));
        request.setAttribute(SPENT, Boolean.TRUE);
        if (answer(decision, response)) {
            chain.doFilter(request, response);
        }
    }

    /** Tells the client its budget; answers 429 and returns false when it is spent. */
    static boolean answer(Decision decision, HttpServletResponse response) throws IOException {
        response.setHeader("RateLimit-Limit", Long.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            return true;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, decision.retryAfterSeconds())));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        return false;
    }

    private static String client(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "user:" + authentication.getName();
        }
        return "ip:" + request.getRemoteAddr();
    }
}
