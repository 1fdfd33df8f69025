package uz.roadmap.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 10 to 128 characters, and not one of the most common passwords
 * (shipped in {@code account/common-passwords.txt}), whatever its case.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            this.common = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toSet());
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Why the password is refused (a message key), or nothing when it is acceptable. */
    Optional<String> refusal(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("account.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("account.password.tooLong");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.common");
        }
        return Optional.empty();
    }
}
