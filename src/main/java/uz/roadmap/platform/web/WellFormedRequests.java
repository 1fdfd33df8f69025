package uz.roadmap.platform.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, before anything else runs, a request whose URL parameters or form fields carry a NUL
 * character or a value longer than {@value WellFormedJson#MAX_STRING} characters: 400 problem
 * details. (Tomcat already refuses NUL in the path, and {@link WellFormedJson} checks JSON bodies.)
 */
class WellFormedRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var query = request.getQueryString();
        if (query != null && (query.contains("%00") || query.contains("\u0000"))) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        if (request.getContentType() != null && request.getContentType().startsWith("application/x-www-form-urlencoded")) {
            for (var values : request.getParameterMap().values()) {
                for (var value : values) {
                    if (value.indexOf('\u0000') >= 0 || value.length() > WellFormedJson.MAX_STRING) {
                        response.sendError(HttpStatus.BAD_REQUEST.value());
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }
}
