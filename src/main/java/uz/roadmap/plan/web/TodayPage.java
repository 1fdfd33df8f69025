package uz.roadmap.plan.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.plan.DailyPlan;
import uz.roadmap.plan.StudyTimer;
import uz.roadmap.plan.StudyTimer.NotRunning;
import uz.roadmap.plan.StudyTimer.Timed;
import uz.roadmap.plan.StudyTimer.UnknownLearner;
import uz.roadmap.plan.timer.StudyTimerProperties;

/**
 * The page a learner opens every morning, with the study timer. The timer's buttons are forms: with
 * JavaScript ({@code timer.js}) htmx swaps in the timer's new state without reloading the page, and
 * the page sends the heartbeats; without it the forms post and the page reloads.
 */
@Controller
class TodayPage {

    private final DailyPlan plan;
    private final Curriculum curriculum;
    private final StudyTimer timer;
    private final StudyTimerProperties settings;

    TodayPage(DailyPlan plan, Curriculum curriculum, StudyTimer timer, StudyTimerProperties settings) {
        this.plan = plan;
        this.curriculum = curriculum;
        this.timer = timer;
        this.settings = settings;
    }

    @GetMapping("/today")
    String today(Authentication user, Model model) {
        var today = plan.today(id(user)).orElseThrow();
        model.addAttribute("today", today);
        model.addAttribute("topics", today.focusTopics().stream()
                .flatMap(slug -> curriculum.topic(DailyPlan.ROADMAP, slug).stream()).toList());
        model.addAttribute("questions", today.newQuestions().stream()
                .flatMap(slug -> curriculum.question(DailyPlan.ROADMAP, slug).stream()).toList());
        model.addAttribute("timer", timer.timer(id(user)).orElseThrow());
        model.addAttribute("timerCap", settings.cap().toSeconds());
        return "plan/today";
    }

    /**
     * Start, pause, stop, heartbeat, or stop for idleness (as of the learner's last activity); a
     * heartbeat or pause that finds the timer not running shows it as it is. With htmx the answer is
     * the Today page's timer with the header's timer besides, or (from any other page, {@code
     * place=header}) the header's timer alone.
     */
    @PostMapping("/today/timer/{action}")
    String timer(Authentication user, @PathVariable String action,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable Instant lastActive,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var outcome = switch (action) {
            case "start" -> timer.start(id(user));
            case "pause" -> timer.pause(id(user));
            case "stop" -> timer.stop(id(user));
            case "heartbeat" -> timer.heartbeat(id(user));
            case "idle" -> timer.stopIdle(id(user), lastActive != null ? lastActive : Instant.MAX);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        model.addAttribute("timer", switch (outcome) {
            case Timed(var timed) -> timed;
            case NotRunning(var current) -> current;
            case UnknownLearner() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        });
        model.addAttribute("timerCap", settings.cap().toSeconds());
        if (htmx == null) {
            return "redirect:/today";
        }
        return "header".equals(place) ? "plan/header-timer :: answer" : "plan/timer-answer";
    }

    /** The learner's idle limit: after how many minutes without activity their pages stop the timer. */
    @PostMapping("/today/timer/idle-limit")
    String idleLimit(Authentication user, @RequestParam(required = false) @Nullable Integer minutes,
            RedirectAttributes redirect) {
        var changed = minutes != null ? timer.setIdleLimit(id(user), minutes) : new StudyTimer.IdleLimitOutOfRange(0);
        redirect.addFlashAttribute("idleLimit", changed instanceof StudyTimer.IdleLimitSet ? "saved" : "invalid");
        return "redirect:/today";
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
