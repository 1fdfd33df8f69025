package uz.roadmap.assessment.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uz.roadmap.assessment.AttemptSummary;
import uz.roadmap.assessment.AttemptView;
import uz.roadmap.assessment.SelfTestReport;
import uz.roadmap.assessment.SelfTests;
import uz.roadmap.assessment.SelfTests.AlreadySubmitted;
import uz.roadmap.assessment.SelfTests.Answered;
import uz.roadmap.assessment.SelfTests.Closed;
import uz.roadmap.assessment.SelfTests.InvalidAnswer;
import uz.roadmap.assessment.SelfTests.KeyReused;
import uz.roadmap.assessment.SelfTests.NoSelfTest;
import uz.roadmap.assessment.SelfTests.Reported;
import uz.roadmap.assessment.SelfTests.Started;
import uz.roadmap.assessment.SelfTests.StillOpen;
import uz.roadmap.assessment.SelfTests.Submitted;
import uz.roadmap.assessment.SelfTests.UnknownAttempt;
import uz.roadmap.assessment.SelfTests.UnknownItem;
import uz.roadmap.platform.ProblemResponse;

@Tag(name = "Self-tests", description = "My weekly self-tests, marked with certainty-based marking: for every item I say how "
        + "sure I am (1 low, 2 medium, 3 high); a right answer earns 1/2/3 marks, a wrong one 0/−2/−6. While an attempt is "
        + "open nothing tells which answer is right; its report does, once it is submitted — by me, or by the server when "
        + "its time runs out. Requires a bearer token; another learner's attempt answers 404.")
@RestController
@RequestMapping("/api/v1/self-tests")
class SelfTestApi {

    private final SelfTests selfTests;

    SelfTestApi(SelfTests selfTests) {
        this.selfTests = selfTests;
    }

    record NewAttempt(@NotBlank @Pattern(regexp = "[a-z0-9-]+") String roadmap, @Min(1) @Max(52) int week) {
    }

    /**
     * My response to an item: the keys of the options I choose (a choice item) or the answer I type (a
     * short item), and how sure I am.
     */
    record ItemAnswer(@Nullable @Size(max = 26) List<@NotNull @Pattern(regexp = "[a-z]") String> choices,
            @Nullable @Size(max = 1000) String text, @Min(1) @Max(3) int certainty) {
    }

    @Operation(summary = "Start a week's self-test, or resume my open attempt at it",
            description = "201 with a new attempt; 200 with the open attempt at the same week (or the one started by an "
                    + "earlier request with the same `Idempotency-Key`). 404 when the week has no self-test.")
    @ProblemResponse(status = 404, description = "The week has no self-test")
    @ProblemResponse(status = 422, description = "This `Idempotency-Key` started an attempt at another week")
    @PostMapping
    ResponseEntity<AttemptView> start(Authentication user, @Valid @RequestBody NewAttempt attempt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(min = 1, max = 100) String key) {
        return switch (selfTests.start(id(user), attempt.roadmap(), attempt.week(), key)) {
            case Started(var started, var resumed) when resumed -> ResponseEntity.ok(started);
            case Started(var started, var resumed) -> ResponseEntity.created(URI.create("/api/v1/self-tests/" + started.id()))
                    .body(started);
            case NoSelfTest() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This week has no self-test");
            case KeyReused() -> throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key started an attempt at another week");
        };
    }

    @Operation(summary = "My self-test attempts, oldest first, with their scores once submitted")
    @GetMapping
    List<AttemptSummary> history(Authentication user,
            @RequestParam(defaultValue = "backend-8-weeks") @Pattern(regexp = "[a-z0-9-]+") String roadmap,
            @RequestParam(required = false) @Nullable @Min(1) @Max(52) Integer week) {
        return selfTests.history(id(user), roadmap, week);
    }

    @Operation(summary = "One of my attempts: its items in the attempt's order, with my responses and its deadline")
    @GetMapping("/{attempt}")
    AttemptView attempt(Authentication user, @PathVariable UUID attempt) {
        return selfTests.attempt(id(user), attempt).orElseThrow(SelfTestApi::noSuchAttempt);
    }

    @Operation(summary = "Answer an item of my open attempt, or change my answer",
            description = "422 when the response does not fit the item (an option it does not have, two options for a "
                    + "one-answer item, text for a choice item …); 409 once the attempt is submitted or its time is up.")
    @ProblemResponse(status = 409, description = "The attempt is submitted, or its time is up")
    @ProblemResponse(status = 422, description = "The response does not fit the item")
    @PutMapping("/{attempt}/items/{number}")
    AttemptView.Item answer(Authentication user, @PathVariable UUID attempt, @PathVariable @Min(1) @Max(100) int number,
            @Valid @RequestBody ItemAnswer answer) {
        return switch (selfTests.answer(id(user), attempt, number, answer.choices() == null ? List.of() : answer.choices(),
                answer.text() == null ? "" : answer.text(), answer.certainty())) {
            case Answered(var item) -> item;
            case UnknownAttempt() -> throw noSuchAttempt();
            case UnknownItem() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The attempt has no item " + number);
            case InvalidAnswer(var reason) -> throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    SelfTestTexts.reason(reason));
            case Closed(var status) -> throw new ResponseStatusException(HttpStatus.CONFLICT, SelfTestTexts.closed(status));
        };
    }

    @Operation(summary = "Submit my attempt as it stands, and get its report",
            description = "409 when it was submitted before (or its time ran out); with the same `Idempotency-Key`, a "
                    + "retried request answers as the first did.")
    @ProblemResponse(status = 409, description = "The attempt was submitted before, or its time ran out")
    @PostMapping("/{attempt}/submission")
    SelfTestReport submit(Authentication user, @PathVariable UUID attempt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(min = 1, max = 100) String key) {
        return switch (selfTests.submit(id(user), attempt, key)) {
            case Submitted(var report) -> report;
            case AlreadySubmitted() -> throw new ResponseStatusException(HttpStatus.CONFLICT, "The attempt is already submitted");
            case UnknownAttempt() -> throw noSuchAttempt();
        };
    }

    @Operation(summary = "The report of my submitted attempt: scores, per topic, calibration, every item with the right "
            + "answer and its explanation, and my earlier attempts at the week", description = "409 while the attempt is open.")
    @ProblemResponse(status = 409, description = "The attempt is still open")
    @GetMapping("/{attempt}/report")
    SelfTestReport report(Authentication user, @PathVariable UUID attempt) {
        return switch (selfTests.report(id(user), attempt)) {
            case Reported(var report) -> report;
            case StillOpen() -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The attempt is open: it is marked when it is submitted");
            case UnknownAttempt() -> throw noSuchAttempt();
        };
    }

    private static ResponseStatusException noSuchAttempt() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
