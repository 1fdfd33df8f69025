package uz.roadmap.platform;

import java.time.Duration;

/**
 * Budgets of attempts (sign-ins, resets) kept where the rate limits are: in Redis in full mode,
 * so that every replica counts the same attempts, in memory in local mode.
 */
public interface Throttles {

    /** Seconds until the budget allows another attempt; 0 when it allows one now. Spends nothing. */
    long secondsUntilAllowed(String key, Budget budget);

    /** Spends one attempt from the budget. */
    void spend(String key, Budget budget);

    /** How many attempts of the budget are spent now. */
    long spent(String key, Budget budget);

    /** @param capacity attempts in a burst; @param period time to earn them all back */
    record Budget(long capacity, Duration period) {
    }
}
