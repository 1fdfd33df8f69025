package uz.roadmap.account.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;

@Tag(name = "Account", description = "The signed-in user's own account. Requires a bearer token.")
@RestController
@RequestMapping("/api/v1/account/profile")
class ProfileApi {

    private final AccountManagement accounts;

    ProfileApi(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record ProfileView(String displayName, String language, String timeZone, @Nullable LocalDate programStart,
            @Nullable LocalDate interviewDate, int dailyHoursGoal) {

        static ProfileView of(Profile profile) {
            return new ProfileView(profile.displayName(), profile.language(), profile.timeZone().getId(),
                    profile.programStart(), profile.interviewDate(), profile.dailyHoursGoal());
        }
    }

    record ProfileChange(@NotBlank @Size(max = 80) String displayName, @Pattern(regexp = "uz|en") String language,
            @NotBlank String timeZone, @Nullable LocalDate programStart, @Nullable LocalDate interviewDate,
            @Min(1) @Max(12) int dailyHoursGoal) {
    }

    @Operation(summary = "My profile")
    @GetMapping
    ProfileView profile(Authentication user) {
        return ProfileView.of(accounts.profile(UUID.fromString(user.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @Operation(summary = "Change my profile", description = "400 with the invalid fields listed for bad values.")
    @PutMapping
    ProfileView change(Authentication user, @Valid @RequestBody ProfileChange change) {
        ZoneId zone;
        try {
            zone = ZoneId.of(change.timeZone());
        }
        catch (RuntimeException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown time zone");
        }
        var account = UUID.fromString(user.getName());
        accounts.updateProfile(account, new Profile(change.displayName(), change.language(), zone, change.programStart(),
                change.interviewDate(), change.dailyHoursGoal()));
        return profile(user);
    }
}
