package uz.roadmap.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import uz.roadmap.shared.Ids;

/**
 * A user of the product. Guards its own rules: emails are kept lower-case, the profile is always
 * valid, and the password is only ever held as a hash. Its token version is written into every
 * access token it is issued: whatever must end the tokens already out (signing out everywhere, a
 * new role, a new password, disabling the account) raises it.
 */
@Table(schema = "account", name = "account")
class Account {

    @Id
    private final UUID id;
    @Version
    private @Nullable Integer version;
    private final String email;
    private String passwordHash;
    private Role role;
    private String displayName;
    private String language;
    private String timeZone;
    private @Nullable LocalDate programStart;
    private @Nullable LocalDate interviewDate;
    private int dailyHoursGoal;
    private final Instant createdAt;
    private int tokenVersion;
    private @Nullable Instant disabledAt;

    @PersistenceCreator
    Account(UUID id, @Nullable Integer version, String email, String passwordHash, Role role, String displayName,
            String language, String timeZone, @Nullable LocalDate programStart, @Nullable LocalDate interviewDate,
            int dailyHoursGoal, Instant createdAt, int tokenVersion, @Nullable Instant disabledAt) {
        this.id = id;
        this.version = version;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.language = language;
        this.timeZone = timeZone;
        this.programStart = programStart;
        this.interviewDate = interviewDate;
        this.dailyHoursGoal = dailyHoursGoal;
        this.createdAt = createdAt;
        this.tokenVersion = tokenVersion;
        this.disabledAt = disabledAt;
    }

    static Account register(String email, String passwordHash, Role role, Profile profile, Instant now) {
        var account = new Account(Ids.newId(), null, normalized(email), passwordHash, role, "", "", "", null, null, 0, now,
                0, null);
        account.update(profile);
        return account;
    }

    static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void update(Profile profile) {
        this.displayName = profile.displayName().strip();
        this.language = profile.language();
        this.timeZone = profile.timeZone().getId();
        this.programStart = profile.programStart();
        this.interviewDate = profile.interviewDate();
        this.dailyHoursGoal = profile.dailyHoursGoal();
    }

    /** Ends every token issued so far; the next sign-in gets tokens of the new version. */
    void signOutEverywhere() {
        tokenVersion++;
    }

    /** A new role ends the tokens that carry the old one. */
    void changeRole(Role newRole) {
        if (newRole != role) {
            role = newRole;
            signOutEverywhere();
        }
    }

    /** A disabled account cannot sign in, refresh or use any token; its data stays. */
    void disable(Instant now) {
        if (disabledAt == null) {
            disabledAt = now;
            signOutEverywhere();
        }
    }

    void enable() {
        disabledAt = null;
    }

    boolean enabled() {
        return disabledAt == null;
    }

    int tokenVersion() {
        return tokenVersion;
    }

    Profile profile() {
        return new Profile(displayName, language, ZoneId.of(timeZone), programStart, interviewDate, dailyHoursGoal);
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    Instant createdAt() {
        return createdAt;
    }
}
