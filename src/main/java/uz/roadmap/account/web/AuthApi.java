package uz.roadmap.account.web;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.AccountManagement.Issued;
import uz.roadmap.account.AccountManagement.Refused;
import uz.roadmap.account.AccountManagement.Throttled;
import uz.roadmap.account.TokenPair;

@Tag(name = "Authentication", description = "Tokens for the REST and gRPC APIs. Signing in, refreshing and revoking "
        + "are public. Send the access token as "
        + "`Authorization: Bearer …` (gRPC: `authorization` metadata); exchange the refresh token, once, for a new pair.")
@RestController
@RequestMapping("/api/v1/auth")
class AuthApi {

    private final AccountManagement accounts;

    AuthApi(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record Credentials(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {
    }

    record RefreshToken(@NotBlank @Size(max = 200) String refreshToken) {
    }

    @Operation(summary = "Sign in: email and password for an access and a refresh token",
            description = "401 for a wrong email or password (which one is not said); 429 with Retry-After after too many.")
    @SecurityRequirements // public: no token needed
    @PostMapping("/tokens")
    TokenPair tokens(@Valid @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        return switch (accounts.issueTokens(credentials.email(), credentials.password(), request.getRemoteAddr())) {
            case Issued(var tokens) -> tokens;
            case Refused() -> throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
            case Throttled(var seconds) -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
            }
        };
    }

    @Operation(summary = "Exchange a refresh token for a new pair",
            description = "A refresh token works once. Presenting a used one again revokes every token of that sign-in.")
    @SecurityRequirements // public: no token needed
    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody RefreshToken token) {
        return accounts.refreshTokens(token.refreshToken())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    @Operation(summary = "Sign out everywhere: end every access token, refresh token and web session of mine",
            description = "Needs a bearer token. Personal access tokens stay until revoked one by one.")
    @PostMapping("/sign-out-everywhere")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void signOutEverywhere(Authentication user) {
        accounts.signOutEverywhere(UUID.fromString(user.getName()));
    }

    @Operation(summary = "Sign out: revoke a refresh token and every token of its sign-in")
    @SecurityRequirements // public: no token needed
    @PostMapping("/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@Valid @RequestBody RefreshToken token) {
        accounts.revokeTokens(token.refreshToken());
    }
}
