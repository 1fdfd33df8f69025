package uz.roadmap.platform.security;

import static org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated;
import static org.springframework.security.authorization.AuthorizationManagers.anyOf;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
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
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import uz.roadmap.platform.AccessRules;

/**
 * Who may call what. Each module declares its own routes ({@link AccessRules}); public here: static
 * assets, API documentation, health probes (their details only for admins) and server information.
 * Metrics are scraped with an admin's token (a personal access token for the scraper). Everything
 * else needs a signed-in user. A path that no handler
 * serves answers 404 to everybody, so that unknown routes read as unknown rather than forbidden.
 * The REST API authenticates every request with a bearer token and starts no session, so it needs
 * no CSRF token; forms of the web interface, and API calls made with their session, do.
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
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::apiCallNotBySession)
                        .csrfTokenRequestHandler(new NotFromTheQueryString()))
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .cors(Customizer.withDefaults())
                .exceptionHandling(errors -> errors
                        .accessDeniedHandler(SecurityConfiguration::forbidden)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"), pages())
                        .defaultAuthenticationEntryPointFor(
                                (request, response, refused) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED),
                                AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .addHeaderWriter(SecurityConfiguration::permissionsPolicy)
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
     * CSRF is decided by how the request is authenticated. An API call with a bearer token is
     * authenticated by that token (or refused), which a forged cross-site request cannot carry; an
     * API call whose session holds no signed-in user is anonymous: neither needs a CSRF token. An
     * API call that rides on a signed-in browser session does need one, as every form does, whatever
     * other header (say {@code Authorization: Basic x}) it carries.
     */
    private static boolean apiCallNotBySession(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/api/")) {
            return false;
        }
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return true;
        }
        var session = request.getSession(false);
        return session == null || !(session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() != null && context.getAuthentication().isAuthenticated());
    }

    /**
     * Remembers, to return to it after signing in, only a page that was refused: an API call never
     * starts a session, so anonymous API clients stay stateless.
     */
    private static RequestCache pagesOnly() {
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> !request.getRequestURI().startsWith("/api/")
                && !request.getRequestURI().startsWith("/actuator/"));
        return cache;
    }

    /**
     * The CSRF token is taken from the {@code X-CSRF-TOKEN} header or a form field, never from the
     * query string, where it would end up in logs, histories and {@code Referer} headers.
     */
    private static final class NotFromTheQueryString implements CsrfTokenRequestHandler {

        private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            standard.handle(request, response, token);
        }

        @Override
        public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            var query = request.getQueryString();
            if (query == null || !(query.startsWith(token.getParameterName() + "=")
                    || query.contains("&" + token.getParameterName() + "="))) {
                return standard.resolveCsrfTokenValue(request, token);
            }
            return standard.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {

                @Override
                public @Nullable String getParameter(String name) {
                    return name.equals(token.getParameterName()) ? null : super.getParameter(name);
                }
            }, token);
        }
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

    /**
     * No page may use the camera, location, payment or USB; only mock interviews, which are answered
     * aloud, may use the microphone.
     */
    private static void permissionsPolicy(HttpServletRequest request, HttpServletResponse response) {
        var path = request.getRequestURI();
        var microphone = path.equals("/mock-interviews") || path.startsWith("/mock-interviews/") ? "(self)" : "()";
        response.setHeader("Permissions-Policy", "camera=(), microphone=" + microphone
                + ", geolocation=(), payment=(), usb=()");
    }

    /** Browsers asking for a page are sent to sign in; API clients get 401 problem details. */
    private static RequestMatcher pages() {
        var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return new AndRequestMatcher(html, request -> !request.getRequestURI().startsWith("/api/"));
    }
}
