package uz.roadmap.account.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.PersonalAccessToken;
import uz.roadmap.account.TokenScope;

@Tag(name = "Account", description = "The signed-in user's own account. Requires a bearer token.")
@RestController
@RequestMapping("/api/v1/account/tokens")
class PersonalAccessTokenApi {

    private final AccountManagement accounts;

    PersonalAccessTokenApi(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /**
     * @param scope {@code READ} (reading only), {@code REVIEW} (reading and the daily learning loop) or
     *        {@code FULL} (everything, including making tokens and deleting the account)
     * @param days how long it is valid: every token expires
     */
    record NewToken(@NotBlank @Size(max = 80) String name, @NotNull TokenScope scope, @Min(1) @Max(365) int days) {
    }

    @Operation(summary = "Create a personal access token for a script or bot",
            description = "The secret (`rmp_…`) is in this response only; store it, it cannot be shown again. Its scope "
                    + "is READ (reading only), REVIEW (reading and the daily learning loop: cards, reviews, answers, the "
                    + "study timer, self-tests) or FULL (everything). Only a token of FULL scope may make tokens.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PersonalAccessToken.Created create(Authentication user, @Valid @RequestBody NewToken token) {
        return accounts.createPersonalAccessToken(id(user), token.name(), token.scope(), Duration.ofDays(token.days()));
    }

    @Operation(summary = "My personal access tokens (without their secrets)")
    @GetMapping
    List<PersonalAccessToken> tokens(Authentication user) {
        return accounts.personalAccessTokens(id(user));
    }

    @Operation(summary = "Revoke one of my personal access tokens")
    @DeleteMapping("/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Authentication user, @PathVariable UUID token) {
        if (!accounts.revokePersonalAccessToken(id(user), token)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
