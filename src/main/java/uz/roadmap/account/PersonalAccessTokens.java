package uz.roadmap.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

import uz.roadmap.shared.Ids;

/**
 * Personal access tokens for scripts and bots, sent as {@code Authorization: Bearer rmp_…} like an
 * access token. Only their hash is stored; an expired or revoked one is refused like a tampered JWT.
 */
@Component
class PersonalAccessTokens {

    static final String PREFIX = "rmp_";

    private final JdbcClient database;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    PersonalAccessTokens(JdbcClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    PersonalAccessToken.Created create(UUID account, String name, TokenScope scope, Duration lifetime) {
        var now = clock.instant();
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = Ids.newId();
        database.sql("""
                INSERT INTO account.personal_access_token (id, account_id, name, scope, token_hash, created_at, expires_at)
                VALUES (:id, :account, :name, :scope, :hash, :now, :expires)""")
                .param("id", id).param("account", account).param("name", name.strip()).param("hash", Tokens.hash(secret))
                .param("scope", scope.name().toLowerCase(java.util.Locale.ROOT))
                .param("now", now.atOffset(ZoneOffset.UTC)).param("expires", now.plus(lifetime).atOffset(ZoneOffset.UTC))
                .update();
        return new PersonalAccessToken.Created(
                new PersonalAccessToken(id, name.strip(), scope, now, now.plus(lifetime), null, false), secret);
    }

    List<PersonalAccessToken> of(UUID account) {
        return database.sql("""
                SELECT id, name, scope, created_at, expires_at, last_used_at, revoked_at IS NOT NULL AS revoked
                FROM account.personal_access_token WHERE account_id = :account ORDER BY created_at""")
                .param("account", account)
                .query((row, number) -> new PersonalAccessToken(row.getObject("id", UUID.class), row.getString("name"),
                        TokenScope.valueOf(row.getString("scope").toUpperCase(java.util.Locale.ROOT)),
                        row.getTimestamp("created_at").toInstant(), row.getTimestamp("expires_at").toInstant(),
                        row.getTimestamp("last_used_at") == null ? null : row.getTimestamp("last_used_at").toInstant(),
                        row.getBoolean("revoked")))
                .list();
    }

    /** Revokes the owner's token; someone else's token is as good as missing. */
    boolean revoke(UUID account, UUID token) {
        return database.sql("""
                UPDATE account.personal_access_token SET revoked_at = :now
                WHERE id = :token AND account_id = :account AND revoked_at IS NULL""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("token", token).param("account", account)
                .update() > 0;
    }

    /** Authenticates bearer tokens that are personal access tokens, and passes on every other one. */
    AuthenticationProvider provider() {
        return new AuthenticationProvider() {

            @Override
            public @Nullable Authentication authenticate(Authentication authentication) {
                return PersonalAccessTokens.this.authenticate(((BearerTokenAuthenticationToken) authentication).getToken());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    private @Nullable Authentication authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return null;
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        Optional<Owner> owner = database.sql("""
                UPDATE account.personal_access_token t SET last_used_at = :now
                FROM account.account a
                WHERE a.id = t.account_id AND t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now
                  AND a.disabled_at IS NULL
                RETURNING a.id, a.role, t.scope""")
                .param("now", now).param("hash", Tokens.hash(token))
                .query((row, number) -> new Owner(row.getObject("id", UUID.class), row.getString("role"),
                        TokenScope.valueOf(row.getString("scope").toUpperCase(java.util.Locale.ROOT))))
                .optional();
        var found = owner.orElseThrow(() -> new InvalidBearerTokenException("Unknown, expired or revoked token"));
        return UsernamePasswordAuthenticationToken.authenticated(found.account().toString(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + found.role()), new SimpleGrantedAuthority(found.scope().authority())));
    }

    /** The scope of a personal access token the request was authenticated with; full for anything else. */
    static TokenScope scopeOf(@Nullable Authentication authentication) {
        if (authentication == null) {
            return TokenScope.FULL;
        }
        for (var authority : authentication.getAuthorities()) {
            var name = authority.getAuthority();
            if (name != null && name.startsWith(TokenScope.AUTHORITY_PREFIX)) {
                return TokenScope.valueOf(name.substring(TokenScope.AUTHORITY_PREFIX.length()).toUpperCase(java.util.Locale.ROOT));
            }
        }
        return TokenScope.FULL;
    }

    private record Owner(UUID account, String role, TokenScope scope) {
    }
}
