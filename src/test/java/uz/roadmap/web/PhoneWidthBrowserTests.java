package uz.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.assessment.SelfTests;
import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.QuestionFilter;
import uz.roadmap.plan.StudyTimer;
import uz.roadmap.review.ReviewManagement;

/**
 * Every main page reads well on a 360 px wide phone, in both languages: nothing scrolls sideways,
 * no text sticks out of the screen or is cut by its box, and a question's answer box starts above
 * the fold even under the longest question.
 */
class PhoneWidthBrowserTests extends BrowserTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;

    /**
     * What is wrong with the page at this width: the page scrolling sideways, an element with text
     * reaching past the screen's edges, or text cut (or scrolled away) by a box that hides its
     * overflow. Code blocks may scroll: code cannot wrap.
     */
    private static final String PROBLEMS = """
            () => {
              const problems = [];
              const width = document.documentElement.clientWidth;
              const name = element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                  + (element.classList.length ? '.' + [...element.classList].join('.') : '')
                  + ' "' + (element.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50) + '"';
              if (document.documentElement.scrollWidth > width) {
                problems.push('the page scrolls sideways by ' + (document.documentElement.scrollWidth - width) + ' px');
              }
              for (const element of document.querySelectorAll('body *')) {
                if (element.closest('.visually-hidden, .skip-link, [hidden], pre, script, style, template')) continue;
                const style = getComputedStyle(element);
                if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'absolute'
                    && style.clip === 'rect(0px, 0px, 0px, 0px)') continue;
                const box = element.getBoundingClientRect();
                if (box.width === 0 || box.height === 0) continue;
                const text = [...element.childNodes].some(node => node.nodeType === 3 && node.textContent.trim());
                if (text && (box.right > width + 1 || box.left < -1)) {
                  problems.push('sticks out of the screen: ' + name(element));
                }
                if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1
                    && element.tagName !== 'TEXTAREA' && element.tagName !== 'SELECT' && element.tagName !== 'INPUT') {
                  problems.push('cut or scrolled sideways: ' + name(element));
                }
                if (text && style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth) {
                  problems.push('cut with an ellipsis: ' + name(element));
                }
              }
              return problems;
            }""";

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Autowired
    Curriculum curriculum;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    SelfTests selfTests;

    @Autowired
    StudyTimer timer;

    @Test
    void everyMainPageReadsWellAt360Pixels() {
        page.setViewportSize(WIDTH, HEIGHT);
        var longest = longestQuestion();
        var problems = new ArrayList<String>();
        var publicPages = List.of("/", "/sign-in", "/sign-up", "/roadmaps/backend-8-weeks",
                "/roadmaps/backend-8-weeks/weeks/1", "/roadmaps/backend-8-weeks/weeks/8",
                "/roadmaps/backend-8-weeks/topics/" + longestLevels(),
                "/roadmaps/backend-8-weeks/questions/" + longest.slug());
        check(publicPages, problems);

        var learner = new AccountFixtures(accounts, database).learner("uz", TASHKENT, LocalDate.now(TASHKENT).minusDays(6));
        signIn(learner.email(), AccountFixtures.PASSWORD);
        reviews.introduce(learner.id(), "backend-8-weeks", longest.slug());
        timer.start(learner.id());
        var attempt = ((SelfTests.Started) selfTests.start(learner.id(), "backend-8-weeks", 1, null)).attempt();
        check(List.of("/today", "/review", "/review/settings", "/answers/" + longest.slug(), "/self-tests",
                "/self-tests/weeks/1", "/self-tests/" + attempt.id(), "/profile", "/welcome"), problems);

        for (var language : List.of("uz", "en")) {
            page.navigate(url("/review?lang=" + language));
            page.keyboard().press("Space");
            problems.addAll(problems("/review, answer shown, " + language));
            page.navigate(url("/answers/" + longest.slug() + "?lang=" + language));
            var answerBox = page.getByRole(com.microsoft.playwright.options.AriaRole.TEXTBOX).first().boundingBox();
            if (answerBox.y + 48 > HEIGHT) {
                problems.add("/answers under the longest question (" + language + "): the answer box starts at "
                        + Math.round(answerBox.y) + " px, below the fold");
            }
        }

        assertThat(problems).as("problems at %d px", WIDTH).isEmpty();
    }

    private void check(List<String> paths, List<String> problems) {
        for (var language : List.of("uz", "en")) {
            for (var path : paths) {
                page.navigate(url(path + "?lang=" + language));
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                problems.addAll(problems(path + " (" + language + ")"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> problems(String where) {
        return ((List<Object>) page.evaluate(PROBLEMS)).stream().map(problem -> where + ": " + problem).toList();
    }

    /** The question whose prompt is longest in either language. */
    private Question longestQuestion() {
        return IntStream.rangeClosed(1, 8).boxed()
                .flatMap(week -> curriculum.questions("backend-8-weeks", new QuestionFilter(week, null, null), 0,
                        Curriculum.MAX_PAGE_SIZE).items().stream())
                .max(Comparator.comparingInt(question -> Math.max(question.prompt().uz().length(),
                        question.prompt().en().length())))
                .orElseThrow();
    }

    /** The topic whose level descriptions are longest. */
    private String longestLevels() {
        return curriculum.roadmap("backend-8-weeks").orElseThrow().weeks().stream()
                .flatMap(week -> curriculum.topics("backend-8-weeks", week.number()).stream())
                .max(Comparator.comparingInt(topic -> topic.levels().stream()
                        .mapToInt(level -> level.uz().length() + level.en().length()).sum()))
                .orElseThrow().slug();
    }
}
