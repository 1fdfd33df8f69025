package uz.roadmap.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;
import uz.roadmap.account.Role;
import uz.roadmap.assessment.MockGrading;
import uz.roadmap.assessment.MockInterviews;
import uz.roadmap.assessment.MockStatus;
import uz.roadmap.assessment.MockTiming;
import uz.roadmap.assessment.MockView;
import uz.roadmap.platform.Markdown;

/**
 * Mock interviews in the browser: the list with a form to start one; the run (each question shown
 * and read aloud, a think countdown, then an answer countdown while the browser records, or typed
 * when there is no microphone); the self-grading against the model answer and key points; and the
 * report. A mentor of the learner's cohort opens the report, listens, and grades it too.
 */
@Controller
class MockInterviewPages {

    private static final String ROADMAP = "backend-8-weeks";

    private final MockInterviews interviews;
    private final MockGrading grading;
    private final AccountManagement accounts;
    private final ServerSpeech speech;
    private final Markdown markdown = new Markdown();

    MockInterviewPages(MockInterviews interviews, MockGrading grading, AccountManagement accounts, ServerSpeech speech) {
        this.interviews = interviews;
        this.grading = grading;
        this.accounts = accounts;
        this.speech = speech;
    }

    /** A learner of the mentor's cohorts, for the mentor's list. */
    record CohortLearner(UUID id, String name, String cohort) {
    }

    @GetMapping("/mock-interviews")
    String list(Authentication user, Model model) {
        model.addAttribute("zone", zone(user));
        model.addAttribute("mocks", interviews.history(id(user)).reversed());
        model.addAttribute("defaults", MockTiming.DEFAULT);
        model.addAttribute("questions", MockInterviews.DEFAULT_QUESTIONS);
        model.addAttribute("maxQuestions", MockInterviews.MAX_QUESTIONS);
        var role = role(user);
        var learners = new ArrayList<CohortLearner>();
        if (role != Role.LEARNER) {
            for (var cohort : accounts.cohortsSeenBy(id(user), Role.MENTOR)) {
                accounts.learnersOf(cohort.id(), id(user), Role.MENTOR).ifPresent(members -> members
                        .forEach(member -> learners.add(new CohortLearner(member.learner(), member.displayName(), cohort.name()))));
            }
        }
        model.addAttribute("cohortLearners", learners);
        return "assessment/mocks";
    }

    @PostMapping("/mock-interviews")
    String start(Authentication user, @RequestParam(defaultValue = "6") int questions,
            @RequestParam(defaultValue = "30") int thinkSeconds, @RequestParam(defaultValue = "180") int answerSeconds,
            RedirectAttributes redirect) {
        MockTiming timing;
        try {
            timing = new MockTiming(thinkSeconds, answerSeconds);
        }
        catch (IllegalArgumentException outOfRange) {
            redirect.addFlashAttribute("problem", "mock.problem.timing");
            return "redirect:/mock-interviews";
        }
        return switch (interviews.start(id(user), ROADMAP, Math.clamp(questions, 1, MockInterviews.MAX_QUESTIONS), timing, null)) {
            case MockInterviews.Started(var mock, var resumed) -> "redirect:/mock-interviews/" + mock.id();
            case MockInterviews.NotOpenYet(var week) -> {
                redirect.addFlashAttribute("problem", "mock.problem.notOpen");
                yield "redirect:/mock-interviews";
            }
            case MockInterviews.NoQuestions() -> throw notFound();
        };
    }

    /** The mock at the stage it is in: running, grading, or its report (also a mentor's view of it). */
    @GetMapping("/mock-interviews/{mock}")
    String mock(Authentication user, @PathVariable UUID mock, Locale locale, Model model) {
        model.addAttribute("zone", zone(user));
        var own = interviews.mock(id(user), mock);
        var found = own.or(() -> grading.mockFor(id(user), mock)).orElseThrow(MockInterviewPages::notFound);
        var mentor = own.isEmpty();
        model.addAttribute("mock", found);
        model.addAttribute("mentor", mentor);
        if (mentor || found.status() == MockStatus.COMPLETED) {
            if (found.status() != MockStatus.COMPLETED) {
                throw notFound();
            }
            return switch (grading.report(id(user), mock)) {
                case MockGrading.Reported(var report) -> {
                    model.addAttribute("report", report);
                    model.addAttribute("answers", answers(found, locale));
                    yield "assessment/mock-report";
                }
                default -> throw notFound();
            };
        }
        if (found.status() == MockStatus.GRADING) {
            model.addAttribute("answers", answers(found, locale));
            return "assessment/mock-grade";
        }
        model.addAttribute("serverSpeech", speech.available());
        model.addAttribute("language", "en".equals(locale.getLanguage()) ? "en" : "uz");
        model.addAttribute("current", found.current() == 0 ? null : found.questions().get(found.current() - 1));
        return "assessment/mock-run";
    }

    @PostMapping("/mock-interviews/{mock}/finish")
    String finish(Authentication user, @PathVariable UUID mock) {
        interviews.finish(id(user), mock).orElseThrow(MockInterviewPages::notFound);
        return "redirect:/mock-interviews/" + mock;
    }

    /** The learner's grades of every answer at once ({@code covered-N}: the key points of question N covered). */
    @PostMapping("/mock-interviews/{mock}/grades")
    String grade(Authentication user, @PathVariable UUID mock, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        var found = interviews.mock(id(user), mock).orElseThrow(MockInterviewPages::notFound);
        for (var question : found.questions()) {
            var outcome = grading.grade(id(user), mock, question.number(), covered(form, question.number()));
            if (!(outcome instanceof MockGrading.Graded)) {
                redirect.addFlashAttribute("problem", "mock.problem.grade");
                break;
            }
        }
        return "redirect:/mock-interviews/" + mock;
    }

    /** A mentor's grades of every answer of a cohort learner's completed mock. */
    @PostMapping("/mock-interviews/{mock}/mentor-grades")
    String mentorGrade(Authentication user, @PathVariable UUID mock, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        var found = grading.mockFor(id(user), mock).orElseThrow(MockInterviewPages::notFound);
        for (var question : found.questions()) {
            var outcome = grading.gradeAsMentor(id(user), mock, question.number(), covered(form, question.number()));
            if (outcome instanceof MockGrading.UnknownMock) {
                throw notFound();
            }
            if (!(outcome instanceof MockGrading.Graded)) {
                redirect.addFlashAttribute("problem", "mock.problem.grade");
                break;
            }
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/mock-interviews/" + mock;
    }

    /** A cohort learner's mocks, for their mentor. */
    @GetMapping("/mock-interviews/learners/{learner}")
    String learnerMocks(Authentication user, @PathVariable UUID learner, Model model) {
        model.addAttribute("zone", zone(user));
        model.addAttribute("mocks", grading.mocksOf(id(user), learner).orElseThrow(MockInterviewPages::notFound).reversed());
        model.addAttribute("learner", accounts.profile(learner).map(Profile::displayName).orElse(""));
        return "assessment/mocks-of-learner";
    }

    /** The question being asked, spoken by the server (espeak-ng) for a browser without a voice for the language. */
    @GetMapping("/mock-interviews/{mock}/questions/{number}/speech")
    ResponseEntity<byte[]> speech(Authentication user, @PathVariable UUID mock, @PathVariable int number, Locale locale) {
        var question = interviews.mock(id(user), mock).filter(found -> number >= 1 && number <= found.questions().size())
                .map(found -> found.questions().get(number - 1)).filter(found -> found.prompt() != null)
                .orElseThrow(MockInterviewPages::notFound);
        var language = "en".equals(locale.getLanguage()) ? "en" : "uz";
        return speech.speak(question.prompt().in(locale), language)
                .map(audio -> ResponseEntity.ok().contentType(MediaType.parseMediaType("audio/wav"))
                        .cacheControl(CacheControl.noStore()).body(audio))
                .orElseThrow(MockInterviewPages::notFound);
    }

    /** What grading shows of each question: the model answer as HTML, and which key points are ticked to begin with. */
    record Answer(MockView.Question question, String modelAnswer, List<Integer> ticked, List<Integer> mentorTicked) {
    }

    private List<Answer> answers(MockView mock, Locale locale) {
        return mock.questions().stream().map(question -> new Answer(question,
                question.answer() == null ? "" : markdown.html(question.answer().in(locale)),
                question.selfCovered() != null ? question.selfCovered() : question.suggested(),
                question.mentorCovered() != null ? question.mentorCovered() : List.of())).toList();
    }

    private static List<Integer> covered(MultiValueMap<String, String> form, int number) {
        var ticks = form.getOrDefault("covered-" + number, List.of());
        var covered = new ArrayList<Integer>();
        for (var tick : ticks) {
            try {
                covered.add(Integer.parseInt(tick));
            }
            catch (NumberFormatException notANumber) {
                covered.add(-1);
            }
        }
        return covered;
    }

    private java.time.ZoneId zone(Authentication user) {
        return accounts.profile(id(user)).map(Profile::timeZone).orElse(Profile.DEFAULT_TIME_ZONE);
    }

    private static Role role(Authentication user) {
        var roles = new HashMap<String, Role>(Map.of("ROLE_ADMIN", Role.ADMIN, "ROLE_MENTOR", Role.MENTOR));
        return user.getAuthorities().stream().map(authority -> roles.get(authority.getAuthority()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(Role.LEARNER);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }

}
