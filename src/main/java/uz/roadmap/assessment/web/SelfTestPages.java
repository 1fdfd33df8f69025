package uz.roadmap.assessment.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;
import uz.roadmap.assessment.AttemptStatus;
import uz.roadmap.assessment.AttemptSummary;
import uz.roadmap.assessment.AttemptView;
import uz.roadmap.assessment.Certainty.Calibration;
import uz.roadmap.assessment.SelfTestReport;
import uz.roadmap.assessment.SelfTests;
import uz.roadmap.assessment.SelfTests.Answered;
import uz.roadmap.assessment.SelfTests.Closed;
import uz.roadmap.assessment.SelfTests.InvalidAnswer;
import uz.roadmap.assessment.SelfTests.KeyReused;
import uz.roadmap.assessment.SelfTests.NoSelfTest;
import uz.roadmap.assessment.SelfTests.Reported;
import uz.roadmap.assessment.SelfTests.Started;
import uz.roadmap.assessment.SelfTests.StillOpen;
import uz.roadmap.assessment.SelfTests.UnknownAttempt;
import uz.roadmap.assessment.SelfTests.UnknownItem;
import uz.roadmap.curriculum.Content.SelfTestBlueprint;
import uz.roadmap.curriculum.Content.Topic;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.RoadmapOverview;
import uz.roadmap.shared.LocalizedText;

/**
 * Taking a weekly self-test in the browser: the weeks' tests, a week's test with earlier attempts,
 * one item at a time (by keyboard: number keys choose, C changes certainty, Enter saves and moves
 * on), a last look before submitting, and the report. Every response is saved on the server as it
 * is given, so a reload — or another device — resumes the attempt where it was.
 */
@Controller
class SelfTestPages {

    private static final String ROADMAP = "backend-8-weeks";

    private final SelfTests selfTests;
    private final Curriculum curriculum;
    private final AccountManagement accounts;

    SelfTestPages(SelfTests selfTests, Curriculum curriculum, AccountManagement accounts) {
        this.selfTests = selfTests;
        this.curriculum = curriculum;
        this.accounts = accounts;
    }

    @GetMapping("/self-tests")
    String weeks(Authentication user, Model model) {
        var roadmap = roadmap();
        var attempts = selfTests.history(id(user), ROADMAP, null).stream()
                .collect(Collectors.groupingBy(AttemptSummary::week));
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("weeks", roadmap.weeks().stream()
                .map(week -> new WeekTest(week.number(), week.title(), roadmap.rules().selfTest(week.number()),
                        attempts.getOrDefault(week.number(), List.of())))
                .toList());
        return "assessment/weeks";
    }

    @GetMapping("/self-tests/weeks/{week}")
    String week(Authentication user, @PathVariable int week, Model model) {
        var roadmap = roadmap();
        var found = roadmap.weeks().stream().filter(candidate -> candidate.number() == week).findFirst()
                .orElseThrow(SelfTestPages::notFound);
        model.addAttribute("week", new WeekTest(week, found.title(), roadmap.rules().selfTest(week),
                selfTests.history(id(user), ROADMAP, week)));
        model.addAttribute("items", curriculum.selfTest(ROADMAP, week).size());
        model.addAttribute("zone", zone(user));
        return "assessment/week";
    }

    @PostMapping("/self-tests/weeks/{week}")
    String start(Authentication user, @PathVariable int week) {
        return switch (selfTests.start(id(user), ROADMAP, week, null)) {
            case Started(var attempt, var resumed) -> "redirect:/self-tests/" + attempt.id();
            case NoSelfTest(), KeyReused() -> throw notFound();
        };
    }

    /** The attempt: while open, an item (the first unanswered one unless another is asked for) or the last look; then its report. */
    @GetMapping("/self-tests/{attempt}")
    String attempt(Authentication user, @PathVariable UUID attempt, @RequestParam(required = false) @Nullable Integer item,
            @RequestParam(required = false) @Nullable String review, Model model) {
        var found = selfTests.attempt(id(user), attempt).orElseThrow(SelfTestPages::notFound);
        if (found.status() != AttemptStatus.STARTED) {
            return report(user, attempt, model);
        }
        model.addAttribute("attempt", found);
        model.addAttribute("weekTitle", weekTitle(found.week()));
        if (review != null || item == null && found.answered() == found.items().size()) {
            return "assessment/review";
        }
        var shown = item != null ? item : firstUnanswered(found);
        model.addAttribute("item", found.items().stream().filter(candidate -> candidate.number() == shown).findFirst()
                .orElseThrow(SelfTestPages::notFound));
        return "assessment/item";
    }

    /** Saves the response and moves on to the next unanswered item; a response that does not fit is shown again, kept as typed. */
    @PostMapping("/self-tests/{attempt}/items/{number}")
    String answer(Authentication user, @PathVariable UUID attempt, @PathVariable int number,
            @RequestParam(name = "choice", required = false) @Nullable List<String> choices,
            @RequestParam(required = false) @Nullable String text, @RequestParam(defaultValue = "0") int certainty,
            Model model, RedirectAttributes redirect) {
        var given = choices == null ? List.<String>of() : choices;
        var typed = text == null ? "" : text;
        return switch (selfTests.answer(id(user), attempt, number, given, typed, certainty)) {
            case Answered(var item) -> "redirect:/self-tests/" + attempt + next(user, attempt, number);
            case InvalidAnswer(var reason) -> {
                var found = selfTests.attempt(id(user), attempt).orElseThrow(SelfTestPages::notFound);
                model.addAttribute("attempt", found);
                model.addAttribute("weekTitle", weekTitle(found.week()));
                model.addAttribute("item", found.items().get(number - 1));
                model.addAttribute("problem", "selfTest.problem." + reason.name());
                model.addAttribute("given", new Given(given, typed, certainty));
                yield "assessment/item";
            }
            case Closed(var status) -> {
                redirect.addFlashAttribute("closed", status.name());
                yield "redirect:/self-tests/" + attempt;
            }
            case UnknownAttempt(), UnknownItem() -> throw notFound();
        };
    }

    @PostMapping("/self-tests/{attempt}/submission")
    String submit(Authentication user, @PathVariable UUID attempt) {
        selfTests.submit(id(user), attempt, null);
        return "redirect:/self-tests/" + attempt;
    }

    private String report(Authentication user, UUID attempt, Model model) {
        return switch (selfTests.report(id(user), attempt)) {
            case Reported(var report) -> {
                var topics = curriculum.topics(ROADMAP, report.week()).stream()
                        .collect(Collectors.toMap(Topic::slug, Function.identity()));
                model.addAttribute("report", report);
                model.addAttribute("weekTitle", weekTitle(report.week()));
                model.addAttribute("topics", topics);
                model.addAttribute("overConfidentOn", titles(report, Calibration.OVER_CONFIDENT, topics));
                model.addAttribute("underConfidentOn", titles(report, Calibration.UNDER_CONFIDENT, topics));
                model.addAttribute("zone", zone(user));
                yield "assessment/report";
            }
            case StillOpen(), UnknownAttempt() -> throw notFound();
        };
    }

    /** The titles of the report's topics on which the learner's calibration was this. */
    private static List<LocalizedText> titles(SelfTestReport report, Calibration calibration, Map<String, Topic> topics) {
        return report.topics().stream().filter(topic -> topic.calibration() == calibration)
                .map(topic -> topics.containsKey(topic.topic()) ? topics.get(topic.topic()).title()
                        : new LocalizedText(topic.topic(), topic.topic()))
                .toList();
    }

    private ZoneId zone(Authentication user) {
        return accounts.profile(id(user)).map(Profile::timeZone).orElse(Profile.DEFAULT_TIME_ZONE);
    }

    /** What the learner gave for an item that was refused, to show it again as it was. */
    record Given(List<String> choices, String text, int certainty) {
    }

    /** A week's self-test with the learner's attempts at it, the open one (if any) last. */
    record WeekTest(int number, LocalizedText title, SelfTestBlueprint blueprint,
            List<AttemptSummary> attempts) {

        public @Nullable AttemptSummary open() {
            return attempts.stream().filter(attempt -> attempt.status() == AttemptStatus.STARTED).findFirst().orElse(null);
        }

        public @Nullable AttemptSummary latest() {
            return attempts.stream().filter(attempt -> attempt.score() != null).reduce((first, second) -> second).orElse(null);
        }

        public List<AttemptSummary> closed() {
            return attempts.stream().filter(attempt -> attempt.score() != null).toList().reversed();
        }
    }

    private String next(Authentication user, UUID attempt, int answered) {
        var found = selfTests.attempt(id(user), attempt).orElseThrow(SelfTestPages::notFound);
        return found.items().stream()
                .filter(item -> item.response() == null && item.number() > answered).findFirst()
                .or(() -> found.items().stream().filter(item -> item.response() == null).findFirst())
                .map(item -> "?item=" + item.number())
                .orElse("?review");
    }

    private static int firstUnanswered(AttemptView attempt) {
        return attempt.items().stream().filter(item -> item.response() == null).findFirst()
                .map(AttemptView.Item::number).orElse(1);
    }

    private LocalizedText weekTitle(int week) {
        return roadmap().weeks().stream().filter(candidate -> candidate.number() == week).findFirst()
                .map(found -> found.title()).orElseThrow(SelfTestPages::notFound);
    }

    private RoadmapOverview roadmap() {
        return curriculum.roadmap(ROADMAP).orElseThrow(SelfTestPages::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
