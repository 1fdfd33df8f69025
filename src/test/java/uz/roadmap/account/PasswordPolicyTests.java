package uz.roadmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortPasswords() {
        assertThat(policy.refusal("Short1!")).hasValue("account.password.tooShort");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.refusal("Password1234")).hasValue("account.password.common");
        assertThat(policy.refusal("QWERTYUIOP123")).hasValue("account.password.common");
    }

    @Test
    void refusesPasswordsLongerThanAnyHashNeeds() {
        assertThat(policy.refusal("x".repeat(129))).hasValue("account.password.tooLong");
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.refusal("tashkent river at dawn")).isEmpty();
    }
}
