package uz.roadmap.platform.security;

import static org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated;
import static org.springframework.security.authorization.AuthorizationManagers.anyOf;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import uz.roadmap.platform.AccessRules;

/**
 * Who may call what. Each module declares its own routes ({@link AccessRules}); public here: static
 * assets, API documentation, health probes (their details only for admins) and server information.
 * Metrics are scraped with an admin's token (a personal access token for the scraper). Everything
 * else needs a signed-in user. A path that no handler
 * serves answers 404 to everybody, so that unknown routes read as unknown rather than forbidden.
 * The REST API authenticates every request with a bearer token and keeps no session, so it needs
 * no CSRF token; forms of the web interface do.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, KnownRoutes knownRoutes, List<AccessRules> modules)
            throws Exception {
        for (var rules : modules) {
            rules.configure(http);
        }
        return http
                .authorizeHttpRequests(requests -> {
                    modules.forEach(rules -> rules.declare(requests));
                    requests
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/problems/*", "/assets/**", "/webjars/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                                "/actuator/info").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/server-info").permitAll()
                        .anyRequest().access(anyOf(authenticated(), knownRoutes.unknown()));
                })
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::apiCallWithoutSession))
                .cors(Customizer.withDefaults())
                .exceptionHandling(errors -> errors
                        .accessDeniedHandler(SecurityConfiguration::forbidden)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"), pages())
                        .defaultAuthenticationEntryPointFor(
                                (request, response, refused) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED),
                                AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /**
     * Cross-origin calls to the REST API only from the configured origins, with bearer tokens (never
     * cookies), and with the rate-limit and caching headers readable by the calling page.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        var api = new CorsConfiguration();
        api.setAllowedOrigins(properties.allowedOrigins());
        api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language", "If-None-Match",
                "Idempotency-Key"));
        api.setExposedHeaders(List.of("ETag", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"));
        api.setAllowCredentials(false);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }

    /**
     * API clients authenticate with a bearer token (or not at all), which a forged cross-site request
     * cannot carry: they need no CSRF token. An API call that rides on a browser's session cookie
     * does need one, as every form does.
     */
    private static boolean apiCallWithoutSession(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/")
                && (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() == null);
    }

    /**
     * A refusal is 403 problem details (or an error page), for bearer tokens as for sessions; a bearer
     * token also gets the standard challenge.
     */
    private static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** Browsers asking for a page are sent to sign in; API clients get 401 problem details. */
    private static RequestMatcher pages() {
        var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return new AndRequestMatcher(html, request -> !request.getRequestURI().startsWith("/api/"));
    }
}
