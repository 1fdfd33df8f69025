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
 * valid, and the password is only ever held as a hash.
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

    @PersistenceCreator
    Account(UUID id, @Nullable Integer version, String email, String passwordHash, Role role, String displayName,
            String language, String timeZone, @Nullable LocalDate programStart, @Nullable LocalDate interviewDate,
            int dailyHoursGoal, Instant createdAt) {
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
    }

    static Account register(String email, String passwordHash, Role role, Profile profile, Instant now) {
        var account = new Account(Ids.newId(), null, normalized(email), passwordHash, role, "", "", "", null, null, 0, now);
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
