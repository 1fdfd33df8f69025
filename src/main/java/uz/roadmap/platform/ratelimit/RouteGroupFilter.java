package uz.roadmap.platform.ratelimit;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits the requests of a limited route group; requests of no group, and every request while rate
 * limiting is off, pass untouched.
 */
abstract class RouteGroupFilter extends OncePerRequestFilter {

    protected final RateLimiter limiter;

    RouteGroupFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limiter.enabled();
    }

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var group = limiter.groupFor(request.getRequestURI().substring(request.getContextPath().length()));
        if (group.isPresent()) {
            limit(group.get(), request, response, chain);
        }
        else {
            chain.doFilter(request, response);
        }
    }

    /** Limits a request of {@code group}: spends from a budget, or answers 429. */
    abstract void limit(String group, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException;

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
}
