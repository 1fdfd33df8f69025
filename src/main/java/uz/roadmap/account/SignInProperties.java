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
 */
@ConfigurationProperties("roadmap.sign-in")
record SignInProperties(@DefaultValue("10") int attempts, @DefaultValue("100") int addressAttempts,
        @DefaultValue("15m") Duration window) {

    Budget perAccountAndAddress() {
        return new Budget(attempts, window);
    }

    Budget perAddress() {
        return new Budget(addressAttempts, window);
    }
}
