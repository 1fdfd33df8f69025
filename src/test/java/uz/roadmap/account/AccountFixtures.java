package uz.roadmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import uz.roadmap.account.AccountManagement.Issued;

/**
 * Accounts for tests, made through the account module the way people make them.
 */
public final class AccountFixtures {

    public static final String PASSWORD = "a long enough passphrase";

    private final AccountManagement accounts;
    private final JdbcClient database;

    public AccountFixtures(AccountManagement accounts, JdbcClient database) {
        this.accounts = accounts;
        this.database = database;
    }

    /** A learner, with their id and the email they sign in with. */
    public record Learner(UUID id, String email) {
    }

    /** A new learner, Aziza, in this language and time zone, whose program started on this date. */
    public Learner learner(String language, ZoneId zone, LocalDate programStart) {
        var email = "learner-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(email, PASSWORD, "Aziza", language)).isEmpty();
        var id = database.sql("SELECT id FROM account.account WHERE email = :email").param("email", email)
                .query(UUID.class).single();
        accounts.updateProfile(id, new Profile("Aziza", language, zone, programStart, null, 6));
        return new Learner(id, email);
    }

    /** An API access token of the learner's, as {@code POST /api/v1/auth/tokens} issues it. */
    public String accessToken(Learner learner) {
        var issued = accounts.issueTokens(learner.email(), PASSWORD, "127.0.0.1");
        assertThat(issued).isInstanceOf(Issued.class);
        return ((Issued) issued).tokens().accessToken();
    }
}
