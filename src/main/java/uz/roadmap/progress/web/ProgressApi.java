package uz.roadmap.progress.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import uz.roadmap.account.Role;
import uz.roadmap.progress.ActivityReport;
import uz.roadmap.progress.CohortBoard;
import uz.roadmap.progress.Competencies;
import uz.roadmap.progress.Matrix;
import uz.roadmap.progress.Outlook;
import uz.roadmap.progress.Readiness;
import uz.roadmap.progress.TopicProgress;

@Tag(name = "Progress", description = "My competency matrix — each topic's level 0–3 with the evidence behind it and what "
        + "is still missing — my readiness for the interview date, my activity, and (for mentors) a cohort's board. "
        + "Levels come from evidence only: answers, reviews, self-tests. Requires a bearer token.")
@RestController
@RequestMapping("/api/v1/progress")
class ProgressApi {

    static final String ROADMAP = "backend-8-weeks";

    private final Competencies competencies;
    private final Outlook outlook;

    ProgressApi(Competencies competencies, Outlook outlook) {
        this.competencies = competencies;
        this.outlook = outlook;
    }

    @Operation(summary = "My competency matrix: every topic, week by week, with its level, evidence and missing actions")
    @GetMapping("/matrix")
    Matrix matrix(Authentication user, @RequestParam(defaultValue = ROADMAP) @Pattern(regexp = "[a-z0-9-]+") String roadmap) {
        return competencies.matrix(id(user), roadmap).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Operation(summary = "One topic: its level, the evidence that meets each level's rules, and what is still missing")
    @GetMapping("/topics/{topic}")
    TopicProgress topic(Authentication user, @PathVariable @Pattern(regexp = "[a-z0-9-]+") String topic,
            @RequestParam(defaultValue = ROADMAP) @Pattern(regexp = "[a-z0-9-]+") String roadmap) {
        return competencies.topic(id(user), roadmap, topic).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Operation(summary = "My readiness: predicted recall of each topic on my interview date, my pace, and a verdict")
    @GetMapping("/readiness")
    Readiness readiness(Authentication user,
            @RequestParam(defaultValue = ROADMAP) @Pattern(regexp = "[a-z0-9-]+") String roadmap) {
        return outlook.readiness(id(user), roadmap).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Operation(summary = "My activity: the last year day by day, my streak, true retention, reviews due in the next 30 days")
    @GetMapping("/activity")
    ActivityReport activity(Authentication user) {
        return outlook.activity(id(user));
    }

    /** The reviews a day that keep my streak going. */
    record StreakMinimum(@Min(1) @Max(1000) int minimum) {
    }

    @Operation(summary = "Choose how many reviews a day keep my streak going (1 to 1000)")
    @PutMapping("/streak-minimum")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void streakMinimum(Authentication user, @Valid @RequestBody StreakMinimum minimum) {
        outlook.chooseStreakMinimum(id(user), minimum.minimum());
    }

    @Operation(summary = "A cohort's board (mentors: their own cohorts; admins: any): learners × topics, last activity, "
            + "streak, at risk")
    @GetMapping("/cohorts/{cohort}")
    CohortBoard board(Authentication user, @PathVariable UUID cohort,
            @RequestParam(defaultValue = ROADMAP) @Pattern(regexp = "[a-z0-9-]+") String roadmap) {
        return outlook.board(cohort, id(user), role(user), roadmap)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }

    static Role role(Authentication user) {
        return user.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"))
                ? Role.ADMIN
                : Role.MENTOR;
    }
}
