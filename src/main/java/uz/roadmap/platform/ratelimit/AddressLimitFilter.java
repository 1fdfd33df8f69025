package uz.roadmap.platform.ratelimit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits every request by its client's address before security sees it, so that requests which
 * fail authentication (a bogus bearer token costs a hash and a database lookup) are limited too.
 * Each request that security refused, or that no budget after security counted, spends from its
 * address's budget; once that is spent, the address gets 429 before any authentication is tried.
 * Requests of signed-in users spend from their own budget instead ({@link RateLimitFilter}), so
 * colleagues behind one office address do not use each other's up.
 */
class AddressLimitFilter extends RouteGroupFilter {

    AddressLimitFilter(RateLimiter limiter) {
        super(limiter);
    }

    @Override
    void limit(String group, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var address = "ip:" + request.getRemoteAddr();
        var decision = limiter.peek(group, address);
        if (!decision.allowed()) {
            answer(decision, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        }
        finally {
            if (request.getAttribute(RateLimitFilter.SPENT) == null) {
                limiter.consume(group, address);
            }
        }
    }
}
