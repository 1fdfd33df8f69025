package uz.roadmap.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One idempotency key means one request, for every module, over REST and gRPC: the first request a
 * caller sends with a key claims it with the request's fingerprint; the same request again may go
 * on (each module answers it as it answered the first), another request with that key is refused.
 * Keys are forgotten after a day, and with their caller's account.
 */
@Component
public class IdempotencyKeys {

    /** How long a key stays bound to its first request. */
    public static final Duration KEPT = Duration.ofDays(1);
    /** The longest key accepted. */
    public static final int MAX_LENGTH = 100;

    private final JdbcClient database;
    private final Clock clock;

    IdempotencyKeys(JdbcClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What a key turned out to be for a request. */
    public enum Claim {
        /** new, or the same request again: go on */
        THIS_REQUEST,
        /** the key was first used for another request */
        ANOTHER_REQUEST
    }

    /** Claims the caller's key for the request with this fingerprint, or says whose it is. */
    public Claim claim(UUID caller, String key, String fingerprint) {
        var now = clock.instant();
        var stored = database.sql("""
                INSERT INTO platform.idempotency_key (caller, key, fingerprint, created_at)
                VALUES (:caller, :key, :fingerprint, :now)
                ON CONFLICT (caller, key) DO UPDATE
                    SET fingerprint = CASE WHEN idempotency_key.created_at < :expired THEN EXCLUDED.fingerprint
                                           ELSE idempotency_key.fingerprint END,
                        created_at = CASE WHEN idempotency_key.created_at < :expired THEN EXCLUDED.created_at
                                          ELSE idempotency_key.created_at END
                RETURNING fingerprint""")
                .param("caller", caller).param("key", key).param("fingerprint", fingerprint)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("expired", now.minus(KEPT).atOffset(ZoneOffset.UTC))
                .query(String.class).single();
        return stored.equals(fingerprint) ? Claim.THIS_REQUEST : Claim.ANOTHER_REQUEST;
    }

    /** Forgets every key of a caller whose account is gone. */
    public void forget(UUID caller) {
        database.sql("DELETE FROM platform.idempotency_key WHERE caller = :caller").param("caller", caller).update();
    }
}
