package uz.roadmap.account.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Cohort;
import uz.roadmap.account.CohortMember;
import uz.roadmap.account.Role;

@Tag(name = "Cohorts", description = "Mentors open cohorts and follow their learners; learners join with an invite "
        + "code. A mentor sees only their own cohorts (another mentor's answers 404); admins see all.")
@RestController
@RequestMapping("/api/v1/cohorts")
class CohortApi {

    private final AccountManagement accounts;

    CohortApi(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record NewCohort(@NotBlank @Size(max = 80) String name) {
    }

    record Invitation(@NotBlank @Size(max = 20) String inviteCode) {
    }

    @Operation(summary = "Open a cohort (mentors and admins)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Cohort open(Authentication user, @Valid @RequestBody NewCohort cohort) {
        return accounts.openCohort(id(user), cohort.name());
    }

    @Operation(summary = "The cohorts I mentor (all, for admins)")
    @GetMapping
    List<Cohort> cohorts(Authentication user) {
        return accounts.cohortsSeenBy(id(user), role(user));
    }

    @Operation(summary = "The learners of a cohort I mentor")
    @GetMapping("/{cohort}/learners")
    List<CohortMember> learners(Authentication user, @PathVariable UUID cohort) {
        return accounts.learnersOf(cohort, id(user), role(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Operation(summary = "Join a cohort with its invite code (any signed-in user)")
    @PostMapping("/join")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void join(Authentication user, @Valid @RequestBody Invitation invitation) {
        accounts.joinCohort(id(user), invitation.inviteCode())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }

    private static Role role(Authentication user) {
        return user.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"))
                ? Role.ADMIN
                : Role.MENTOR;
    }
}
