package uz.roadmap.account;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The token version each account's tokens must carry, checked on every authenticated request. It
 * is read through the shared cache (Caffeine in local mode, Redis in full mode, so that every
 * replica sees a change at once) and only on a miss from PostgreSQL; changing an account evicts
 * its entry after the change commits. A deleted or disabled account has no valid version.
 */
@Component
class TokenVersions {

    static final String CACHE = "token-versions";

    private static final Logger log = LoggerFactory.getLogger(TokenVersions.class);

    private final JdbcClient database;
    private final CacheManager caches;

    TokenVersions(JdbcClient database, CacheManager caches) {
        this.database = database;
        this.caches = caches;
    }

    /** What the cache keeps: the version, or that the account cannot use tokens at all. */
    record Standing(int version, boolean usable) implements Serializable {
    }

    /** The version a token of this account must carry; nothing when the account is deleted or disabled. */
    Optional<Integer> current(UUID account) {
        var standing = cached(account);
        if (standing == null) {
            // only if absent: a reader that loaded before a change committed must not overwrite
            // what the change put there after its commit
            standing = putIfAbsent(account, load(account));
        }
        return standing.usable() ? Optional.of(standing.version()) : Optional.empty();
    }

    /** Whether a token issued at {@code version} may still be used. */
    boolean valid(UUID account, int version) {
        return current(account).filter(current -> current == version).isPresent();
    }

    /**
     * Forgets the cached version now and, once the surrounding transaction commits, caches the new
     * one, so that a request that read the account before the commit cannot put the old one back.
     */
    void forget(UUID account) {
        evict(account);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void afterCommit() {
                    put(account, load(account));
                }
            });
        }
    }

    private Standing load(UUID account) {
        return database.sql("SELECT token_version, disabled_at IS NULL AS enabled FROM account.account WHERE id = :id")
                .param("id", account)
                .query((row, number) -> new Standing(row.getInt("token_version"), row.getBoolean("enabled")))
                .optional()
                .orElse(new Standing(-1, false));
    }

    private @Nullable Standing cached(UUID account) {
        try {
            var cache = cache();
            return cache == null ? null : cache.get(account.toString(), Standing.class);
        }
        catch (RuntimeException failure) {
            log.warn("Cache {} failed on get, reading through: {}", CACHE, failure.getMessage());
            return null;
        }
    }

    private Standing putIfAbsent(UUID account, Standing standing) {
        try {
            var cache = cache();
            var present = cache == null ? null : cache.putIfAbsent(account.toString(), standing);
            return present != null && present.get() instanceof Standing earlier ? earlier : standing;
        }
        catch (RuntimeException failure) {
            log.warn("Cache {} failed on put: {}", CACHE, failure.getMessage());
            return standing;
        }
    }

    private void put(UUID account, Standing standing) {
        try {
            var cache = cache();
            if (cache != null) {
                cache.put(account.toString(), standing);
            }
        }
        catch (RuntimeException failure) {
            log.warn("Cache {} failed on put: {}", CACHE, failure.getMessage());
        }
    }

    private void evict(UUID account) {
        try {
            var cache = cache();
            if (cache != null) {
                cache.evict(account.toString());
            }
        }
        catch (RuntimeException failure) {
            // the entry may outlive the change by the cache's time to live at most
            log.warn("Cache {} failed on evict: {}", CACHE, failure.getMessage());
        }
    }

    private @Nullable Cache cache() {
        return caches.getCache(CACHE);
    }
}
