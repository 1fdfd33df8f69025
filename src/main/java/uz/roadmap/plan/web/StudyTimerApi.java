package uz.roadmap.plan.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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
import uz.roadmap.plan.StudyTimer;
import uz.roadmap.plan.StudyTimer.IdleLimitSet;
import uz.roadmap.plan.StudyTimer.NotRunning;
import uz.roadmap.plan.StudyTimer.Outcome;
import uz.roadmap.plan.StudyTimer.Timed;
import uz.roadmap.plan.StudyTimer.UnknownLearner;
import uz.roadmap.plan.StudyTimerView;
import uz.roadmap.platform.ProblemResponse;

@Tag(name = "Study timer", description = "My study timer and today's study time against my daily goal. Requires a "
        + "bearer token. While the timer runs, send a heartbeat every `heartbeatSeconds`: each counts the time since the "
        + "previous one, at most one interval plus a little grace, on my local day.")
@RestController
@RequestMapping("/api/v1/study-timer")
class StudyTimerApi {

    private final StudyTimer timer;

    StudyTimerApi(StudyTimer timer) {
        this.timer = timer;
    }

    @Operation(summary = "My timer (STOPPED, RUNNING or PAUSED), today's study time and my daily goal")
    @GetMapping
    StudyTimerView timer(Authentication user) {
        return timer.timer(id(user)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Operation(summary = "Start or resume the timer; a running timer goes on as it was")
    @PostMapping("/start")
    StudyTimerView start(Authentication user) {
        return answer(timer.start(id(user)));
    }

    @Operation(summary = "Pause the timer, counting the time up to now; a paused timer stays paused",
            description = "A stopped timer cannot pause (409).")
    @ProblemResponse(status = 409, description = "The timer is stopped")
    @PostMapping("/pause")
    StudyTimerView pause(Authentication user) {
        return answer(timer.pause(id(user)));
    }

    @Operation(summary = "Stop the timer, counting the time up to now; a stopped timer stays stopped")
    @PostMapping("/stop")
    StudyTimerView stop(Authentication user) {
        return answer(timer.stop(id(user)));
    }

    @Operation(summary = "I am still studying: count the time since the previous heartbeat",
            description = "Only while the timer runs (else 409). Repeating a heartbeat counts only the moments in between.")
    @ProblemResponse(status = 409, description = "The timer is not running")
    @PostMapping("/heartbeat")
    StudyTimerView heartbeat(Authentication user) {
        return answer(timer.heartbeat(id(user)));
    }

    record IdleLimit(@Min(1) @Max(240) int minutes) {
    }

    @Operation(summary = "After how many minutes without activity (1 to 240) my pages stop my timer")
    @PutMapping("/idle-limit")
    StudyTimerView idleLimit(Authentication user, @Valid @RequestBody IdleLimit limit) {
        if (!(timer.setIdleLimit(id(user), limit.minutes()) instanceof IdleLimitSet)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "minutes must be 1 to 240");
        }
        return timer(user);
    }

    static StudyTimerView answer(Outcome outcome) {
        return switch (outcome) {
            case Timed(var timed) -> timed;
            case NotRunning(var current) -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The study timer is " + current.status().name().toLowerCase() + ", not running");
            case UnknownLearner() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
