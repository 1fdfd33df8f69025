package uz.roadmap.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uz.roadmap.platform.Throttles.Budget;

/**
 * How many wrong passwords are tolerated before an address must wait.
 *
 * @param attempts wrong passwords in a row for one account from one address
 * @param addressAttempts wrong passwords from one address, for any accounts
 * @param window how long it takes to earn the attempts back; the longest anyone waits
 * @param accountFreeAttempts wrong passwords for one account, from any addresses, before every further
 *        attempt at it must wait: 1 s, then 2, 4, … up to {@code accountMaxDelay}
 * @param accountMaxDelay the longest wait between attempts at one account
 */
@ConfigurationProperties("roadmap.sign-in")
record SignInProperties(@DefaultValue("10") int attempts, @DefaultValue("100") int addressAttempts,
        @DefaultValue("15m") Duration window, @DefaultValue("5") int accountFreeAttempts,
        @DefaultValue("1m") Duration accountMaxDelay) {

    /** Counts the wrong passwords for one account within the window. */
    Budget perAccount() {
        return new Budget(100_000, window);
    }

    /** The wait before the next attempt at an account after {@code failures} wrong passwords, or zero. */
    Duration delayAfter(long failures) {
        if (failures <= accountFreeAttempts) {
            return Duration.ZERO;
        }
        var doublings = Math.min(30, failures - accountFreeAttempts - 1);
        var delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(accountMaxDelay) > 0 ? accountMaxDelay : delay;
    }

    Budget perAccountAndAddress() {
        return new Budget(attempts, window);
    }

    Budget perAddress() {
        return new Budget(addressAttempts, window);
    }
}
