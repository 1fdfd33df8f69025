package uz.roadmap.progress.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Role;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.progress.ActivityReport;
import uz.roadmap.progress.Competencies;
import uz.roadmap.progress.Outlook;
import uz.roadmap.progress.TopicProgress;

/**
 * The learner's progress in the browser: the competency matrix with each topic's evidence drawer,
 * readiness for the interview date, and activity; a mentor's cohort board.
 */
@Controller
class ProgressPages {

    private static final String ROADMAP = ProgressApi.ROADMAP;

    private final Competencies competencies;
    private final Outlook outlook;
    private final AccountManagement accounts;
    private final Curriculum curriculum;

    ProgressPages(Competencies competencies, Outlook outlook, AccountManagement accounts, Curriculum curriculum) {
        this.competencies = competencies;
        this.outlook = outlook;
        this.accounts = accounts;
        this.curriculum = curriculum;
    }

    /**
     * What the evidence and the actions name by slug, as the learner knows it: a question by its
     * prompt, a lab by its title.
     */
    private Map<String, String> names(List<TopicProgress> topics, Locale locale) {
        var names = new HashMap<String, String>();
        topics.stream().flatMap(topic -> topic.levels().stream()).flatMap(check -> check.requirements().stream())
                .forEach(requirement -> {
                    requirement.evidence().forEach(fact -> name(fact.kind(), fact.subject(), locale, names));
                    requirement.actions().forEach(action -> name(action.kind(), action.subject(), locale, names));
                });
        return names;
    }

    private void name(String kind, String subject, Locale locale, Map<String, String> names) {
        if (names.containsKey(subject)) {
            return;
        }
        switch (kind) {
            case "answer", "answer-question", "review-question" -> curriculum.question(ROADMAP, subject)
                    .ifPresent(question -> names.put(subject, question.prompt().in(locale)));
            case "lab", "pass-lab" -> curriculum.lab(ROADMAP, subject).ifPresent(lab -> names.put(subject, lab.title().in(locale)));
            default -> {
            }
        }
    }

    /** The topics of one week, in the matrix. */
    record WeekRow(int number, List<TopicProgress> topics) {
    }

    @GetMapping("/progress")
    String matrix(Authentication user, Locale locale, Model model) {
        var matrix = competencies.matrix(ProgressApi.id(user), ROADMAP).orElseThrow(ProgressPages::notFound);
        var weeks = matrix.topics().stream().collect(Collectors.groupingBy(TopicProgress::week, TreeMap::new, Collectors.toList()));
        model.addAttribute("matrix", matrix);
        model.addAttribute("names", names(matrix.topics(), locale));
        model.addAttribute("weeks", weeks.entrySet().stream().map(week -> new WeekRow(week.getKey(), week.getValue())).toList());
        model.addAttribute("cohorts", mentor(user) ? accounts.cohortsSeenBy(ProgressApi.id(user), ProgressApi.role(user)) : List.of());
        return "progress/matrix";
    }

    @GetMapping("/progress/readiness")
    String readiness(Authentication user, Model model) {
        model.addAttribute("readiness", outlook.readiness(ProgressApi.id(user), ROADMAP).orElseThrow(ProgressPages::notFound));
        return "progress/readiness";
    }

    /** One week of the heatmap: seven days, Monday first; days before the year are empty. */
    record HeatWeek(List<@Nullable Cell> days) {
    }

    /** A day of the heatmap, with how warm its cell is: 0 (nothing done) to 4. */
    record Cell(LocalDate date, int reviews, int answers, long minutes, int warmth) {

        static Cell of(ActivityReport.Day day) {
            var done = day.reviews() + 3 * day.answers() + day.minutes() / 10;
            return new Cell(day.date(), day.reviews(), day.answers(), day.minutes(),
                    done == 0 ? 0 : done < 10 ? 1 : done < 30 ? 2 : done < 80 ? 3 : 4);
        }
    }

    /** A month's totals, for the heatmap's table. */
    record Month(LocalDate month, int reviews, int answers, long minutes, long activeDays) {
    }

    @GetMapping("/progress/activity")
    String activity(Authentication user, Model model) {
        var activity = outlook.activity(ProgressApi.id(user));
        model.addAttribute("activity", activity);
        model.addAttribute("heat", heat(activity.days()));
        model.addAttribute("months", activity.days().stream()
                .collect(Collectors.groupingBy(day -> day.date().withDayOfMonth(1), TreeMap::new, Collectors.toList()))
                .entrySet().stream().map(month -> new Month(month.getKey(),
                        month.getValue().stream().mapToInt(ActivityReport.Day::reviews).sum(),
                        month.getValue().stream().mapToInt(ActivityReport.Day::answers).sum(),
                        month.getValue().stream().mapToLong(ActivityReport.Day::minutes).sum(),
                        month.getValue().stream().filter(day -> day.reviews() + day.answers() > 0 || day.minutes() > 0).count()))
                .toList().reversed());
        var recent = activity.days().subList(activity.days().size() - 30, activity.days().size());
        model.addAttribute("recent", recent);
        model.addAttribute("recentMinutes", recent.stream().map(day -> String.valueOf(day.minutes())).collect(Collectors.joining(",")));
        model.addAttribute("recentDays", recent.stream().map(day -> String.valueOf(day.date().toEpochDay() * 86400))
                .collect(Collectors.joining(",")));
        model.addAttribute("dueCounts", activity.due().stream().map(day -> String.valueOf(day.reviews())).collect(Collectors.joining(",")));
        model.addAttribute("dueDays", activity.due().stream().map(day -> String.valueOf(day.date().toEpochDay() * 86400))
                .collect(Collectors.joining(",")));
        return "progress/activity";
    }

    @PostMapping("/progress/activity/streak-minimum")
    String streakMinimum(Authentication user, @RequestParam int minimum) {
        if (minimum < 1 || minimum > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The minimum is 1 to 1000 reviews a day");
        }
        outlook.chooseStreakMinimum(ProgressApi.id(user), minimum);
        return "redirect:/progress/activity";
    }

    @GetMapping("/progress/cohorts/{cohort}")
    String board(Authentication user, @PathVariable UUID cohort, Model model) {
        model.addAttribute("board", outlook.board(cohort, ProgressApi.id(user), ProgressApi.role(user), ROADMAP)
                .orElseThrow(ProgressPages::notFound));
        model.addAttribute("titles", competencies.matrix(ProgressApi.id(user), ROADMAP)
                .map(matrix -> matrix.topics().stream().collect(Collectors.toMap(TopicProgress::topic, TopicProgress::title)))
                .orElse(Map.of()));
        return "progress/board";
    }

    /** The year as columns of weeks, Monday to Sunday, as the heatmap lays it out. */
    static List<HeatWeek> heat(List<ActivityReport.Day> days) {
        var weeks = new ArrayList<HeatWeek>();
        var first = days.getFirst().date();
        var lead = first.getDayOfWeek().getValue() - 1;
        var padded = new ArrayList<@Nullable Cell>();
        for (var day = lead; day > 0; day--) {
            padded.add(null);
        }
        days.forEach(day -> padded.add(Cell.of(day)));
        for (var start = 0; start < padded.size(); start += 7) {
            weeks.add(new HeatWeek(new ArrayList<>(padded.subList(start, Math.min(start + 7, padded.size())))));
        }
        return weeks;
    }

    private static boolean mentor(Authentication user) {
        return user.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_MENTOR")
                || authority.getAuthority().equals("ROLE_ADMIN"));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
