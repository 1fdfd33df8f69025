package uz.roadmap.lab.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.lab.Judgement;
import uz.roadmap.lab.Labs;
import uz.roadmap.lab.Labs.NotRun;
import uz.roadmap.lab.Labs.Ran;
import uz.roadmap.lab.Labs.Received;
import uz.roadmap.lab.Labs.TooLong;
import uz.roadmap.lab.Labs.UnknownLab;
import uz.roadmap.lab.SubmissionView;
import uz.roadmap.lab.judge.Guard;
import uz.roadmap.lab.judge.Judge;
import uz.roadmap.shared.LocalizedText;

@Tag(name = "Labs", description = "Auto-graded SQL labs. Submit a query: it is stored and judged by a worker in a PostgreSQL "
        + "sandbox, on the visible dataset and on hidden variants of it, against the reference query (EXPLAIN labs also grade "
        + "the plan). Poll the submission, or use the gRPC stream, for the verdict: ACCEPTED, WRONG_ANSWER, SQL_ERROR, "
        + "TIME_LIMIT, OUTPUT_LIMIT, REJECTED or JUDGE_ERROR, explained in Uzbek and English. Run shows a query's result "
        + "ungraded. Requires a bearer token; another learner's submission answers 404.")
@RestController
@RequestMapping("/api/v1/labs")
@Validated
class LabApi {

    private static final String ROADMAP = "backend-8-weeks";

    private final Labs labs;

    LabApi(Labs labs) {
        this.labs = labs;
    }

    /** A lab as the list shows it. */
    record LabSummary(String slug, int week, List<String> topics, LocalizedText title, boolean ordered, boolean explain,
            boolean solved) {
    }

    /** A lab with its task and its dataset's tables. */
    record LabDetail(String slug, int week, List<String> topics, LocalizedText title, List<LocalizedText> steps,
            LocalizedText done, String dataset, boolean ordered, boolean explain, List<Judge.Table> tables) {
    }

    record Query(@NotNull @Size(min = 1, max = Guard.MAX_LENGTH) String sql) {
    }

    @Operation(summary = "The roadmap's auto-graded labs, with the ones I have solved")
    @GetMapping
    List<LabSummary> labs(Authentication user, @RequestParam(defaultValue = ROADMAP) @Pattern(regexp = "[a-z0-9-]+") String roadmap) {
        var solved = labs.solved(id(user), roadmap);
        return labs.labs(roadmap).stream().map(task -> summary(task, solved.contains(task.slug()))).toList();
    }

    @Operation(summary = "A lab: its task and its dataset's tables (columns, types, row counts)")
    @GetMapping("/{lab}")
    LabDetail lab(@PathVariable @Pattern(regexp = "[a-z0-9-]+") String lab,
            @RequestParam(defaultValue = ROADMAP) @Pattern(regexp = "[a-z0-9-]+") String roadmap) {
        var task = labs.task(roadmap, lab).orElseThrow(LabApi::noSuchLab);
        var rules = Objects.requireNonNull(task.lab());
        return new LabDetail(task.slug(), task.week(), task.topics(), task.title(), task.steps(), task.done(), rules.dataset(),
                rules.ordered(), rules.explain(), tables(roadmap, lab));
    }

    @Operation(summary = "Submit a query to be judged", description = "202 with the pending submission; its verdict follows "
            + "within seconds at the submission's URL. 404 for an unknown lab.")
    @PostMapping("/{lab}/submissions")
    ResponseEntity<SubmissionView> submit(Authentication user, @PathVariable @Pattern(regexp = "[a-z0-9-]+") String lab,
            @RequestParam(defaultValue = ROADMAP) @Pattern(regexp = "[a-z0-9-]+") String roadmap, @Valid @RequestBody Query query) {
        return switch (labs.submit(id(user), roadmap, lab, query.sql())) {
            case Received(var submission) -> ResponseEntity.accepted()
                    .location(URI.create("/api/v1/labs/" + lab + "/submissions/" + submission.id())).body(submission);
            case UnknownLab() -> throw noSuchLab();
            case TooLong(var limit) -> throw tooLong(limit);
        };
    }

    @Operation(summary = "My submissions to a lab, newest first (at most 50)")
    @GetMapping("/{lab}/submissions")
    List<SubmissionView> history(Authentication user, @PathVariable @Pattern(regexp = "[a-z0-9-]+") String lab,
            @RequestParam(defaultValue = ROADMAP) @Pattern(regexp = "[a-z0-9-]+") String roadmap) {
        labs.task(roadmap, lab).orElseThrow(LabApi::noSuchLab);
        return labs.history(id(user), roadmap, lab);
    }

    @Operation(summary = "One of my submissions: pending, or its verdict with what explains it")
    @GetMapping("/{lab}/submissions/{submission}")
    SubmissionView submission(Authentication user, @PathVariable @Pattern(regexp = "[a-z0-9-]+") String lab,
            @PathVariable UUID submission) {
        return labs.submission(id(user), submission).filter(found -> found.lab().equals(lab))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Run's answer: the result (at most 100 rows), or the verdict-like reason there is none. */
    record RunResult(List<String> columns, List<List<String>> rows, boolean more, @Nullable Judgement error) {
    }

    @Operation(summary = "Run a query ungraded on the lab's visible dataset", description = "At most 100 rows. An EXPLAIN lab's "
            + "CREATE INDEX statements are checked but not run.")
    @PostMapping("/{lab}/runs")
    RunResult run(Authentication user, @PathVariable @Pattern(regexp = "[a-z0-9-]+") String lab,
            @RequestParam(defaultValue = ROADMAP) @Pattern(regexp = "[a-z0-9-]+") String roadmap, @Valid @RequestBody Query query) {
        try {
            return switch (labs.run(id(user), roadmap, lab, query.sql())) {
                case Ran(var columns, var rows, var more) -> new RunResult(columns, rows, more, null);
                case NotRun(var why) -> new RunResult(List.of(), List.of(), false, why);
                case UnknownLab() -> throw noSuchLab();
                case TooLong(var limit) -> throw tooLong(limit);
            };
        }
        catch (SQLException unavailable) {
            throw sandboxUnavailable();
        }
    }

    private List<Judge.Table> tables(String roadmap, String lab) {
        try {
            return labs.schema(roadmap, lab);
        }
        catch (SQLException unavailable) {
            throw sandboxUnavailable();
        }
    }

    private static LabSummary summary(Task task, boolean solved) {
        var rules = Objects.requireNonNull(task.lab());
        return new LabSummary(task.slug(), task.week(), task.topics(), task.title(), rules.ordered(), rules.explain(), solved);
    }

    private static ResponseStatusException noSuchLab() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such lab");
    }

    private static ResponseStatusException tooLong(int limit) {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A query has at most " + limit + " characters");
    }

    private static ResponseStatusException sandboxUnavailable() {
        return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The SQL sandbox is not available; try again later");
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
