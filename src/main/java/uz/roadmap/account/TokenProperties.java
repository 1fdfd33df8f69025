package uz.roadmap.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tokens for the REST and gRPC APIs.
 *
 * @param secret the key that signs access tokens (HMAC-SHA256), base64, at least 32 bytes
 *        ({@code ROADMAP_TOKENS_SECRET}); required in full mode so that every replica accepts every
 *        token; generated once and kept in the data folder in local mode
 * @param accessTokenLifetime how long an access token is valid
 * @param refreshTokenLifetime how long a refresh token is valid
 */
@ConfigurationProperties("roadmap.tokens")
record TokenProperties(@Nullable String secret, @DefaultValue("15m") Duration accessTokenLifetime,
        @DefaultValue("30d") Duration refreshTokenLifetime) {
}
