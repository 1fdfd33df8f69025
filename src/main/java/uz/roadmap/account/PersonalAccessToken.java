package uz.roadmap.account;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A personal access token as its owner sees it: never the secret itself, which is shown once.
 */
public record PersonalAccessToken(UUID id, String name, TokenScope scope, Instant createdAt, Instant expiresAt,
        @Nullable Instant lastUsedAt, boolean revoked) {

    /** A token just created: the only time its secret is shown. */
    public record Created(PersonalAccessToken token, String secret) {
    }
}
