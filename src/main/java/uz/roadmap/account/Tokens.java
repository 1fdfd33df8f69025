package uz.roadmap.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import uz.roadmap.shared.Ids;
import uz.roadmap.shared.Sha256;

/**
 * Access and refresh tokens. An access token is a short-lived signed JWT naming the account, its
 * role and its token version (a token of an older version is refused); a refresh token is a random secret, stored only as its hash, good for one use: refreshing
 * rotates it, and presenting a used one again revokes its whole family.
 */
@Component
class Tokens {

    static final String ISSUER = "backend-roadmap";
    static final String ROLES = "roles";
    /** The account's token version when the token was issued (see {@link TokenVersions}). */
    static final String VERSION = "ver";

    private final JwtEncoder encoder;
    private final JdbcClient database;
    private final TokenProperties properties;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    Tokens(JwtEncoder encoder, JdbcClient database, TokenProperties properties, Clock clock) {
        this.encoder = encoder;
        this.database = database;
        this.properties = properties;
        this.clock = clock;
    }

    TokenPair issue(Account account) {
        return pair(account, Ids.newId());
    }

    /** What a presented refresh token turned out to be. */
    sealed interface Refreshing {
    }

    record Refreshed(UUID account, UUID family) implements Refreshing {
    }

    record Refused() implements Refreshing {
    }

    /** Marks the refresh token used and says whose it was; a reused token revokes its family. */
    Refreshing use(String refreshToken) {
        var now = clock.instant();
        var found = database.sql("""
                SELECT account_id, family, expires_at, used_at, revoked_at FROM account.refresh_token
                WHERE token_hash = :hash FOR UPDATE""")
                .param("hash", hash(refreshToken))
                .query((row, number) -> new Stored(row.getObject("account_id", UUID.class),
                        row.getObject("family", UUID.class), row.getTimestamp("expires_at").toInstant(),
                        row.getTimestamp("used_at") != null, row.getTimestamp("revoked_at") != null))
                .optional();
        if (found.isEmpty()) {
            return new Refused();
        }
        var token = found.get();
        if (token.used()) {
            revokeFamily(token.family());
            return new Refused();
        }
        if (token.revoked() || token.expiresAt().isBefore(now)) {
            return new Refused();
        }
        database.sql("UPDATE account.refresh_token SET used_at = :now WHERE token_hash = :hash")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("hash", hash(refreshToken))
                .update();
        return new Refreshed(token.account(), token.family());
    }

    TokenPair rotate(Refreshed refreshed, Account account) {
        return pair(account, refreshed.family());
    }

    /** Revokes every refresh token of the account, of every sign-in. */
    void revokeAll(UUID account) {
        database.sql("UPDATE account.refresh_token SET revoked_at = :now WHERE account_id = :account AND revoked_at IS NULL")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("account", account)
                .update();
    }

    void revoke(String refreshToken) {
        database.sql("SELECT family FROM account.refresh_token WHERE token_hash = :hash")
                .param("hash", hash(refreshToken))
                .query(UUID.class)
                .optional()
                .ifPresent(this::revokeFamily);
    }

    private void revokeFamily(UUID family) {
        database.sql("UPDATE account.refresh_token SET revoked_at = :now WHERE family = :family AND revoked_at IS NULL")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("family", family)
                .update();
    }

    private TokenPair pair(Account owner, UUID family) {
        var account = owner.id();
        var now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(account.toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenLifetime()))
                .id(UUID.randomUUID().toString())
                .claim(ROLES, List.of(owner.role().name()))
                .claim(VERSION, owner.tokenVersion())
                .build();
        var access = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(TokenKeys.ALGORITHM).build(), claims))
                .getTokenValue();
        var refresh = randomToken();
        database.sql("""
                INSERT INTO account.refresh_token (id, family, account_id, token_hash, created_at, expires_at)
                VALUES (:id, :family, :account, :hash, :now, :expires)""")
                .param("id", Ids.newId())
                .param("family", family)
                .param("account", account)
                .param("hash", hash(refresh))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("expires", now.plus(properties.refreshTokenLifetime()).atOffset(ZoneOffset.UTC))
                .update();
        return new TokenPair(access, "Bearer", properties.accessTokenLifetime().toSeconds(), refresh);
    }

    private String randomToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token: its SHA-256, never the token. */
    static String hash(String token) {
        return Sha256.hex(token);
    }

    private record Stored(UUID account, UUID family, Instant expiresAt, boolean used, boolean revoked) {
    }
}
