package uz.roadmap.platform.ratelimit;

import java.io.IOException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

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
class RateLimitFilter extends RouteGroupFilter {

    /** Set on a request once it has spent from a budget. */
    static final String SPENT = RateLimitFilter.class.getName() + ".spent";

    RateLimitFilter(RateLimiter limiter) {
        super(limiter);
    }

    @Override
    void limit(String group, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var decision = limiter.consume(group, client(request));
        request.setAttribute(SPENT, Boolean.TRUE);
        if (answer(decision, response)) {
            chain.doFilter(request, response);
        }
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
