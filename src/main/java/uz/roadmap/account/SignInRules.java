package uz.roadmap.account;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.grpc.server.security.GrpcSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import uz.roadmap.platform.AccessRules;

/**
 * Anyone may open the sign-in and sign-up pages; the profile is for its owner. Signing in is a form
 * with a session cookie (CSRF-protected, a new session id on sign-in); signing out is a POST.
 * After signing in, the interface speaks the user's language.
 */
@Component
class SignInRules implements AccessRules {

    private final AccountManagement accounts;
    private final LocaleResolver locales;
    private final AuthenticationManager bearerTokens;
    private final PersonalAccessTokens personalAccessTokens;
    private final TokenVersions versions;
    private final JdbcClient database;

    SignInRules(AccountManagement accounts, LocaleResolver locales, JwtDecoder accessTokens,
            PersonalAccessTokens personalAccessTokens, TokenVersions versions, JdbcClient database) {
        this.database = database;
        this.accounts = accounts;
        this.locales = locales;
        this.personalAccessTokens = personalAccessTokens;
        this.versions = versions;
        var jwt = new JwtAuthenticationProvider(accessTokens);
        jwt.setJwtAuthenticationConverter(accessTokens(versions));
        this.bearerTokens = new ProviderManager(personalAccessTokens.provider(), jwt);
    }

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/sign-in", "/sign-up").permitAll()
                .requestMatchers(HttpMethod.POST, "/sign-up", "/api/v1/auth/tokens", "/api/v1/auth/refresh",
                        "/api/v1/auth/revoke").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/cohorts/join").authenticated()
                .requestMatchers("/api/v1/cohorts", "/api/v1/cohorts/**").hasAnyRole(Role.MENTOR.name(), Role.ADMIN.name());
    }

    @Override
    public void configure(HttpSecurity http) {
        http.formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(new InTheirLanguage())
                        .failureHandler(SignInRules::refused)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/").permitAll())
                .oauth2ResourceServer(api -> api
                        .authenticationManagerResolver(request -> bearerTokens)
                        .authenticationEntryPoint(SignInRules::invalidToken))
                .addFilterAfter(new EndedSessions(versions), SecurityContextHolderFilter.class)
                .addFilterAfter(new TokenScopes.RestCheck(), BearerTokenAuthenticationFilter.class);
    }

    /** gRPC clients send the same access token (or personal access token), as {@code authorization: Bearer …} metadata. */
    @Override
    public void configure(GrpcSecurity grpc) throws Exception {
        grpc.authenticationProvider(personalAccessTokens.provider());
        grpc.oauth2ResourceServer(api -> api.jwt(jwt -> jwt.jwtAuthenticationConverter(accessTokens(versions))));
    }

    /**
     * Access tokens name the account ({@code sub}), its roles ({@code roles}) and its token version
     * ({@code ver}); a token whose account is gone or disabled, or whose version is stale, is refused.
     */
    private static Converter<Jwt, AbstractAuthenticationToken> accessTokens(TokenVersions versions) {
        var roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Tokens.ROLES);
        roles.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return jwt -> {
            var version = jwt.getClaim(Tokens.VERSION) instanceof Number number ? number.intValue() : 0;
            if (!versions.valid(account(jwt.getSubject()), version)) {
                throw new InvalidBearerTokenException("The token was revoked");
            }
            return converter.convert(jwt);
        };
    }

    private static UUID account(@Nullable String subject) {
        try {
            return UUID.fromString(String.valueOf(subject));
        }
        catch (IllegalArgumentException notAnAccount) {
            throw new InvalidBearerTokenException("The token names no account");
        }
    }

    /**
     * Ends a web session whose account was deleted or disabled, or signed out everywhere since:
     * the request goes on as anonymous (pages send it to sign in).
     */
    private static final class EndedSessions extends OncePerRequestFilter {

        private final TokenVersions versions;

        EndedSessions(TokenVersions versions) {
            this.versions = versions;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getDetails() instanceof SignIn.SignedIn signedIn
                    && !versions.valid(signedIn.account(), signedIn.tokenVersion())) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            chain.doFilter(request, response);
        }
    }

    /** A missing, tampered, expired or revoked token: 401 problem details, with the standard challenge. */
    private static void invalidToken(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /** Back to the form: with how many minutes to wait when throttled, else with the one generic error. */
    private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        var target = failure instanceof SignIn.SignInThrottled throttled
                ? "/sign-in?throttled=" + Math.max(1, (throttled.seconds() + 59) / 60)
                : "/sign-in?error";
        response.sendRedirect(request.getContextPath() + target);
    }

    /** The wrong passwords tried at the account since its owner last signed in; this sign-in starts the count anew. */
    private int takeFailedSignIns(UUID account) {
        return database.sql("""
                UPDATE account.account a SET failed_sign_ins = 0 FROM account.account before
                WHERE a.id = :account AND before.id = a.id RETURNING before.failed_sign_ins""")
                .param("account", account).query(Integer.class).optional().orElse(0);
    }

    /**
     * After signing in: the page the user was sent away from, else Today — or, for a learner who has
     * not told when their program starts, the first questions that make Today whole.
     */
    private final class InTheirLanguage extends SavedRequestAwareAuthenticationSuccessHandler {

        InTheirLanguage() {
            setDefaultTargetUrl("/today");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, ServletException {
            var account = UUID.fromString(authentication.getName());
            accounts.profile(account)
                    .ifPresent(profile -> locales.setLocale(request, response, Locale.forLanguageTag(profile.language())));
            var failed = takeFailedSignIns(account);
            if (failed > 0) {
                // tell the owner at once: wrong passwords were tried since they last signed in
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, "/profile?failedSignIns=" + failed);
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) {
            var learner = authentication.getAuthorities().stream()
                    .anyMatch(authority -> ("ROLE_" + Role.LEARNER.name()).equals(authority.getAuthority()));
            var starting = learner && accounts.profile(UUID.fromString(authentication.getName()))
                    .filter(profile -> profile.programStart() == null).isPresent();
            return starting ? "/welcome" : super.determineTargetUrl(request, response, authentication);
        }
    }
}
