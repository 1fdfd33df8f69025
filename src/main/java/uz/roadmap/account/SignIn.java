package uz.roadmap.account;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import uz.roadmap.platform.Throttles;
import uz.roadmap.platform.Throttles.Budget;

/**
 * Checks an email and password. Wrong passwords are throttled: by default ten in a row for one
 * account from one address, or a hundred from one address for any accounts, and that address must
 * wait — a quarter of an hour at most. Across all addresses, after five wrong passwords for one
 * account each further attempt waits 1 s, then 2, 4, … up to a minute: guessing from many
 * addresses is slowed, and the owner is never locked out for long. The owner is told how many
 * wrong passwords were tried when they next sign in. Every refusal reads the same, whether the
 * account exists or not, and an unknown email costs as much time as a wrong password.
 */
@Component
class SignIn implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Throttles throttles;
    private final SignInProperties limits;
    private final String unknownAccountHash;
    private final Clock clock;

    SignIn(Accounts accounts, PasswordEncoder passwords, Throttles throttles, SignInProperties limits, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttles = throttles;
        this.limits = limits;
        this.unknownAccountHash = passwords.encode("no account has this password");
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        var address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
        return switch (check(String.valueOf(attempt.getName()), String.valueOf(attempt.getCredentials()), address)) {
            case Accepted(var account) -> {
                var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
                var authentication = UsernamePasswordAuthenticationToken.authenticated(account.id().toString(), null,
                        authorities);
                authentication.setDetails(new SignedIn(account.id(), account.profile().language(),
                        account.role().name().toLowerCase(Locale.ROOT), account.tokenVersion()));
                yield authentication;
            }
            case Throttled(var seconds) -> throw new SignInThrottled(seconds);
            case Wrong() -> throw new BadCredentialsException("Email or password is incorrect");
        };
    }

    /** What an email and password, tried from an address, turned out to be. */
    sealed interface Outcome {
    }

    record Accepted(Account account) implements Outcome {
    }

    record Wrong() implements Outcome {
    }

    record Throttled(long seconds) implements Outcome {
    }

    Outcome check(String email, String password, String address) {
        var normalized = Account.normalized(email);
        var accountKey = "sign-in:" + normalized + ":" + address;
        var addressKey = "sign-in:" + address;
        // every address together: after a few wrong passwords, each further attempt at the account
        // waits a little longer (kept by email, so that it reads the same whether the account exists)
        var everywhereKey = "sign-in-account:" + normalized;
        var failures = throttles.spent(everywhereKey, limits.perAccount());
        var delay = limits.delayAfter(failures);
        var wait = Math.max(throttles.secondsUntilAllowed(accountKey, limits.perAccountAndAddress()),
                throttles.secondsUntilAllowed(addressKey, limits.perAddress()));
        if (!delay.isZero()) {
            wait = Math.max(wait, throttles.secondsUntilAllowed(gate(everywhereKey, delay), gateBudget(delay)));
        }
        if (wait > 0) {
            return new Throttled(wait);
        }
        var account = accounts.findByEmail(normalized);
        var hash = account.map(Account::passwordHash).orElse(unknownAccountHash);
        if (!passwords.matches(password, hash) || account.isEmpty() || !account.get().enabled()) {
            throttles.spend(accountKey, limits.perAccountAndAddress());
            throttles.spend(addressKey, limits.perAddress());
            throttles.spend(everywhereKey, limits.perAccount());
            var next = limits.delayAfter(failures + 1);
            if (!next.isZero()) {
                throttles.spend(gate(everywhereKey, next), gateBudget(next));
            }
            account.ifPresent(owner -> accounts.recordFailedSignIn(owner.id(), clock.instant()));
            return new Wrong();
        }
        return new Accepted(account.get());
    }

    /** One attempt per delay: spent by a wrong password, it makes the next one wait. */
    private static String gate(String key, Duration delay) {
        return key + ":wait-" + delay.toSeconds();
    }

    private static Budget gateBudget(Duration delay) {
        return new Budget(1, delay);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many wrong passwords: try again after {@code seconds}. */
    static class SignInThrottled extends AuthenticationException {

        private final long seconds;

        SignInThrottled(long seconds) {
            super("Too many attempts; try again in " + seconds + " s");
            this.seconds = seconds;
        }

        long seconds() {
            return seconds;
        }
    }

    /**
     * What the session remembers of the signed-in user besides their id, with the token version
     * it was signed in at: a session of an older version has ended.
     */
    record SignedIn(UUID account, String language, String role, int tokenVersion) implements Serializable {
    }
}
