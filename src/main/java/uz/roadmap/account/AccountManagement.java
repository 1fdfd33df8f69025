package uz.roadmap.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uz.roadmap.platform.IdempotencyKeys;

/**
 * Registering users and keeping their profiles.
 */
@Service
public class AccountManagement {

    /** How long a sign-up takes at least: longer than hashing a password and writing an account. */
    static final Duration SIGN_UP_TIME = Duration.ofMillis(250);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final SignIn signIn;
    private final Tokens tokens;
    private final Cohorts cohorts;
    private final PersonalAccessTokens personalAccessTokens;
    private final TokenVersions tokenVersions;
    private final IdempotencyKeys idempotencyKeys;
    /** Every module's section of the data download, looked up when needed: those modules depend on this one. */
    private final ObjectProvider<PersonalData> personalData;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccountManagement(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy, SignIn signIn, Tokens tokens,
            Cohorts cohorts, PersonalAccessTokens personalAccessTokens, TokenVersions tokenVersions,
            IdempotencyKeys idempotencyKeys, ObjectProvider<PersonalData> personalData, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.transactions = new TransactionTemplate(transactions);
        this.tokenVersions = tokenVersions;
        this.idempotencyKeys = idempotencyKeys;
        this.cohorts = cohorts;
        this.personalAccessTokens = personalAccessTokens;
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.signIn = signIn;
        this.tokens = tokens;
        this.personalData = personalData;
        this.events = events;
        this.clock = clock;
    }

    /** The answer to a request for API tokens. */
    public sealed interface TokenRequest {
    }

    public record Issued(TokenPair tokens) implements TokenRequest {
    }

    /** Wrong email or password; which one is not said. */
    public record Refused() implements TokenRequest {
    }

    /** Too many wrong passwords from this address: try again after {@code seconds}. */
    public record Throttled(long seconds) implements TokenRequest {
    }

    /** Signs in for the API: the same checks and throttling as the sign-in form. */
    @Transactional
    public TokenRequest issueTokens(String email, String password, String address) {
        return switch (signIn.check(email, password, address)) {
            case SignIn.Accepted(var account) -> new Issued(tokens.issue(account));
            case SignIn.Throttled(var seconds) -> new Throttled(seconds);
            case SignIn.Wrong() -> new Refused();
        };
    }

    /** Everything the product keeps about the account, section by section, for the user to download. */
    public Optional<Map<String, Object>> export(UUID account) {
        return accounts.findById(account).map(found -> {
            var sections = new TreeMap<String, Object>();
            sections.put("account", Map.of("email", found.email(), "role", found.role().name(),
                    "createdAt", found.createdAt().toString(), "profile", found.profile()));
            personalData.orderedStream().forEach(section -> sections.put(section.name(), section.of(account)));
            return sections;
        });
    }

    /**
     * Deletes the account and everything that is the user's: this module's rows at once, and every
     * other module's on {@link AccountDeleted}.
     */
    @Transactional
    public void delete(UUID account) {
        if (accounts.existsById(account)) {
            accounts.deleteById(account);
            tokenVersions.forget(account);
            idempotencyKeys.forget(account);
            events.publishEvent(new AccountDeleted(account));
        }
    }

    /**
     * Ends every session and token of the account: access tokens stop working at once (on every
     * replica), refresh tokens are revoked, and web sessions end on their next request. Personal
     * access tokens, which the user made for scripts on purpose, stay until revoked one by one.
     */
    @Transactional
    public void signOutEverywhere(UUID account) {
        accounts.findById(account).ifPresent(found -> {
            found.signOutEverywhere();
            accounts.save(found);
            tokens.revokeAll(account);
            tokenVersions.forget(account);
        });
    }

    /** Gives the account another role; tokens and sessions carrying the old one stop working. */
    @Transactional
    public void changeRole(UUID account, Role role) {
        accounts.findById(account).ifPresent(found -> {
            found.changeRole(role);
            accounts.save(found);
            tokenVersions.forget(account);
        });
    }

    /**
     * Disables the account: it can no longer sign in, and none of its tokens or sessions work;
     * its data stays until it is enabled again or deleted.
     */
    @Transactional
    public void disable(UUID account) {
        accounts.findById(account).ifPresent(found -> {
            found.disable(clock.instant());
            accounts.save(found);
            tokens.revokeAll(account);
            tokenVersions.forget(account);
        });
    }

    @Transactional
    public void enable(UUID account) {
        accounts.findById(account).ifPresent(found -> {
            found.enable();
            accounts.save(found);
            tokenVersions.forget(account);
        });
    }

    /** Whether the account exists and may act: neither deleted nor disabled. */
    public boolean active(UUID account) {
        return tokenVersions.current(account).isPresent();
    }

    /** Opens a cohort for a mentor; learners join it with its invite code. */
    @Transactional
    public Cohort openCohort(UUID mentor, String name) {
        if (name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("A cohort name has 1 to 80 characters");
        }
        return cohorts.create(mentor, name);
    }

    /** The cohorts a caller may see: a mentor their own, an admin all. */
    public List<Cohort> cohortsSeenBy(UUID caller, Role role) {
        return cohorts.of(role == Role.ADMIN ? null : caller);
    }

    /** The learners of a cohort, when the caller is its mentor or an admin; nothing otherwise. */
    public Optional<List<CohortMember>> learnersOf(UUID cohort, UUID caller, Role role) {
        return cohorts.members(cohort, role == Role.ADMIN ? null : caller);
    }

    /** Whether the account mentors a cohort the learner belongs to (and so may see the learner's work). */
    public boolean mentors(UUID mentor, UUID learner) {
        return cohorts.mentors(mentor, learner);
    }

    /** Joins the cohort with this invite code; nothing when no cohort has it. */
    @Transactional
    public Optional<UUID> joinCohort(UUID learner, String inviteCode) {
        return cohorts.join(learner, inviteCode);
    }

    /** Creates a personal access token; its secret is in the result only. */
    @Transactional
    public PersonalAccessToken.Created createPersonalAccessToken(UUID account, String name, TokenScope scope,
            Duration lifetime) {
        return personalAccessTokens.create(account, name, scope, lifetime);
    }

    public List<PersonalAccessToken> personalAccessTokens(UUID account) {
        return personalAccessTokens.of(account);
    }

    /** Revokes one of the account's tokens; false when it has no such token. */
    @Transactional
    public boolean revokePersonalAccessToken(UUID account, UUID token) {
        return personalAccessTokens.revoke(account, token);
    }

    /** Exchanges a refresh token, once, for a new pair; a reused or revoked token gets nothing. */
    @Transactional
    public Optional<TokenPair> refreshTokens(String refreshToken) {
        if (tokens.use(refreshToken) instanceof Tokens.Refreshed refreshed) {
            return accounts.findById(refreshed.account()).filter(Account::enabled)
                    .map(account -> tokens.rotate(refreshed, account));
        }
        return Optional.empty();
    }

    /** Revokes a refresh token and every token rotated from the same sign-in. */
    @Transactional
    public void revokeTokens(String refreshToken) {
        tokens.revoke(refreshToken);
    }

    /** A sign-up that was refused for a reason the user can fix. */
    public record Refusal(String field, String reason) {
    }

    /**
     * Registers a learner. Whether the email was already registered is not revealed: the answer is
     * the same, the existing account is left untouched, and the answer takes the same time: the
     * password is hashed either way, and the answer is given no sooner than {@link #SIGN_UP_TIME}
     * after the request, so that the write a new account needs cannot be timed either.
     *
     * @return why the request was refused, or nothing when it was accepted
     */
    public Optional<Refusal> signUp(String email, String password, String displayName, String language) {
        var started = System.nanoTime();
        try {
            return Objects.requireNonNull(transactions.execute(status -> register(email, password, displayName, language)));
        }
        finally {
            var left = SIGN_UP_TIME.minusNanos(System.nanoTime() - started);
            if (left.isPositive()) {
                try {
                    Thread.sleep(left);
                }
                catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private Optional<Refusal> register(String email, String password, String displayName, String language) {
        if (email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            return Optional.of(new Refusal("email", "account.email.invalid"));
        }
        if (displayName.isBlank() || displayName.length() > 80) {
            return Optional.of(new Refusal("displayName", "account.displayName.invalid"));
        }
        var weak = policy.refusal(password);
        if (weak.isPresent()) {
            return Optional.of(new Refusal("password", weak.get()));
        }
        var hash = passwords.encode(password);
        if (accounts.findByEmail(email.strip()).isEmpty()) {
            accounts.save(Account.register(email, hash, Role.LEARNER,
                    Profile.newcomer(displayName, language.equals("en") ? "en" : Profile.DEFAULT_LANGUAGE), clock.instant()));
        }
        return Optional.empty();
    }

    public Optional<Profile> profile(UUID account) {
        return accounts.findById(account).map(Account::profile);
    }

    @Transactional
    public void updateProfile(UUID account, Profile profile) {
        var found = accounts.findById(account).orElseThrow(() -> new IllegalArgumentException("No account " + account));
        found.update(profile);
        accounts.save(found);
    }

    /**
     * Creates the first admin on first start, from the operator's settings; does nothing once an
     * admin exists. There is no default password.
     */
    @Transactional
    public boolean createFirstAdmin(String email, String password) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return false;
        }
        var weak = policy.refusal(password);
        if (weak.isPresent() || !EMAIL.matcher(email.strip()).matches()) {
            throw new IllegalArgumentException("The first admin needs a valid email and a password of at least "
                    + PasswordPolicy.MIN_LENGTH + " characters that is not a common one");
        }
        accounts.save(Account.register(email, passwords.encode(password), Role.ADMIN, Profile.newcomer("Admin", "uz"),
                clock.instant()));
        return true;
    }
}
