package uz.roadmap.lab.web;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.lab.Labs;
import uz.roadmap.lab.Labs.NotRun;
import uz.roadmap.lab.Labs.Ran;
import uz.roadmap.lab.Labs.Received;
import uz.roadmap.lab.Labs.TooLong;
import uz.roadmap.lab.Labs.UnknownLab;
import uz.roadmap.lab.judge.Guard;
import uz.roadmap.lab.judge.Judge;

/**
 * Solving a lab in the browser: the labs, and a lab's page with its task, its dataset's tables, an
 * SQL editor (Ctrl+Enter runs, Ctrl+Shift+Enter submits), the result grid, the verdict as soon as
 * the judge has spoken (the pending verdict asks again every half second) and earlier submissions.
 * Without JavaScript the forms post and the page comes back with the result or the verdict.
 */
@Controller
class LabPages {

    private static final String ROADMAP = "backend-8-weeks";

    private final Labs labs;
    private final AccountManagement accounts;

    LabPages(Labs labs, AccountManagement accounts) {
        this.labs = labs;
        this.accounts = accounts;
    }

    @ModelAttribute("zone")
    ZoneId zone(@Nullable Authentication user) {
        return user == null ? Profile.DEFAULT_TIME_ZONE
                : accounts.profile(id(user)).map(Profile::timeZone).orElse(Profile.DEFAULT_TIME_ZONE);
    }

    /** A lab in the list: its task and whether the learner solved it. */
    record Listed(Task task, boolean solved) {
    }

    @GetMapping("/labs")
    String labs(Authentication user, Model model) {
        var solved = labs.solved(id(user), ROADMAP);
        model.addAttribute("labs", labs.labs(ROADMAP).stream().map(task -> new Listed(task, solved.contains(task.slug()))).toList());
        return "lab/labs";
    }

    @GetMapping("/labs/{lab}")
    String lab(Authentication user, @PathVariable String lab, @RequestParam(required = false) @Nullable UUID submission,
            Model model) {
        var task = task(lab);
        model.addAttribute("task", task);
        model.addAttribute("rules", Objects.requireNonNull(task.lab()));
        model.addAttribute("tables", tables(lab));
        var history = labs.history(id(user), ROADMAP, lab);
        model.addAttribute("history", history);
        model.addAttribute("sql", history.isEmpty() ? "" : history.getFirst().sql());
        model.addAttribute("maxLength", Guard.MAX_LENGTH);
        if (submission != null) {
            labs.submission(id(user), submission).filter(found -> found.lab().equals(lab))
                    .ifPresent(found -> model.addAttribute("submission", found));
        }
        return "lab/lab";
    }

    @PostMapping("/labs/{lab}/runs")
    String run(Authentication user, @PathVariable String lab, @RequestParam(defaultValue = "") String sql,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var task = task(lab);
        try {
            switch (labs.run(id(user), ROADMAP, lab, sql)) {
                case Ran(var columns, var rows, var more) -> {
                    model.addAttribute("columns", columns);
                    model.addAttribute("rows", rows);
                    model.addAttribute("more", more);
                }
                case NotRun(var why) -> model.addAttribute("error", why);
                case UnknownLab() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                case TooLong(var limit) -> model.addAttribute("tooLong", limit);
            }
        }
        catch (SQLException unavailable) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
        }
        if (htmx != null) {
            return "lab/result :: result";
        }
        model.addAttribute("task", task);
        model.addAttribute("rules", Objects.requireNonNull(task.lab()));
        model.addAttribute("tables", tables(lab));
        model.addAttribute("history", labs.history(id(user), ROADMAP, lab));
        model.addAttribute("sql", sql);
        model.addAttribute("maxLength", Guard.MAX_LENGTH);
        model.addAttribute("ran", true);
        return "lab/lab";
    }

    @PostMapping("/labs/{lab}/submissions")
    String submit(Authentication user, @PathVariable String lab, @RequestParam(defaultValue = "") String sql,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        return switch (labs.submit(id(user), ROADMAP, lab, sql)) {
            case Received(var submission) -> {
                if (htmx == null) {
                    yield "redirect:/labs/" + lab + "?submission=" + submission.id();
                }
                model.addAttribute("submission", submission);
                yield "lab/verdict :: verdict";
            }
            case UnknownLab() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case TooLong(var limit) -> throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
        };
    }

    /** The verdict fragment: pending (it asks again), or the verdict with the refreshed history. */
    @GetMapping("/labs/{lab}/submissions/{submission}")
    String verdict(Authentication user, @PathVariable String lab, @PathVariable UUID submission, Model model) {
        var found = labs.submission(id(user), submission).filter(view -> view.lab().equals(lab))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("submission", found);
        if (!found.pending()) {
            model.addAttribute("history", labs.history(id(user), ROADMAP, lab));
            model.addAttribute("task", task(lab));
            return "lab/verdict :: judged";
        }
        return "lab/verdict :: verdict";
    }

    private Task task(String lab) {
        return labs.task(ROADMAP, lab).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<Judge.Table> tables(String lab) {
        try {
            return labs.schema(ROADMAP, lab);
        }
        catch (SQLException unavailable) {
            return List.of();
        }
    }



    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
