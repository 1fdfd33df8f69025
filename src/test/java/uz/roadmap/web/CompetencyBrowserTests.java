package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.QuestionFilter;
import uz.roadmap.progress.Competencies;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.scheduling.Rating;

/**
 * A learner who answered every easy question of a topic well opens their competency matrix, the
 * topic's evidence, readiness and the activity heatmap, in both languages, on a phone and a desktop.
 */
class CompetencyBrowserTests extends BrowserTest {

    private static final String TOPIC = "osi-tcp-udp";

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Autowired
    Curriculum curriculum;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    Competencies competencies;

    @Test
    void theMatrixEvidenceReadinessAndHeatmapReadInBothLanguagesOnAPhoneAndADesktop() {
        var learner = new AccountFixtures(accounts, database).learner("uz", ZoneId.of("Asia/Tashkent"), LocalDate.now().minusDays(6));
        var easy = curriculum.questions("backend-8-weeks", new QuestionFilter(null, TOPIC, 1), 0, 100).items();
        for (var question : easy) {
            var checked = (ReviewManagement.CheckedAnswer) reviews.submitAnswer(learner.id(), "backend-8-weeks", question.slug(), "my answer");
            reviews.rateAnswer(learner.id(), checked.answer().id(),
                    IntStream.range(0, question.keyPoints().size()).boxed().toList(), Rating.GOOD);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> competencies.topic(learner.id(), "backend-8-weeks", TOPIC)
                .orElseThrow().level() == 1);
        signIn(learner.email(), AccountFixtures.PASSWORD);

        var texts = Map.of("en", List.of("Competency matrix", "Readiness", "Activity", "met"),
                "uz", List.of("Kompetensiyalar jadvali", "Tayyorlik", "Faollik", "bajarilgan"));
        for (var width : List.of(390, 1280)) {
            page.setViewportSize(width, 900);
            for (var language : List.of("uz", "en")) {
                var expected = texts.get(language);

                page.navigate(url("/progress?lang=" + language));
                assertThat(page.locator("h1")).hasText(expected.get(0));
                var topic = page.locator("#topic-" + TOPIC);
                assertThat(topic.locator(".level-chip").first()).hasText("1");
                topic.locator("summary").click();
                var evidence = topic.locator(".evidence-list a");
                assertThat(evidence).hasCount(easy.size());
                assertThat(evidence.first()).isVisible();
                assertThat(topic.locator(".level-check h3 .badge").first()).hasText(expected.get(3));
                assertThat(evidence.allTextContents()).as("each question by its prompt, in the page's language")
                        .containsExactlyInAnyOrderElementsOf(easy.stream()
                                .map(question -> question.prompt().in(Locale.of(language))).toList());
                noHorizontalScroll();

                page.navigate(url("/progress/readiness?lang=" + language));
                assertThat(page.locator("h1")).hasText(expected.get(1));
                assertThat(page.locator(".verdict strong")).isVisible();
                assertThat(page.locator(".focus li")).hasCount(3);
                noHorizontalScroll();

                page.navigate(url("/progress/activity?lang=" + language));
                assertThat(page.locator("h1")).hasText(expected.get(2));
                assertThat(page.locator(".heat:not(.empty)")).hasCount(365);
                assertThat(page.locator(".heat.h1, .heat.h2, .heat.h3, .heat.h4")).hasCount(1);
                assertThat(page.locator(".chart .uplot")).hasCount(2);
                noHorizontalScroll();
            }
        }
    }

    @Test
    void aMentorSeesTheBoardOfTheirCohortAndNotAnotherMentors() {
        var fixtures = new AccountFixtures(accounts, database);
        var learner = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now().minusDays(3));
        var mentor = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now());
        var otherMentor = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now());
        database.sql("UPDATE account.account SET role = 'MENTOR' WHERE id IN (:ids)")
                .param("ids", List.of(mentor.id(), otherMentor.id())).update();
        var cohort = accounts.openCohort(mentor.id(), "Kuz 2026");
        accounts.joinCohort(learner.id(), cohort.inviteCode()).orElseThrow();

        signIn(mentor.email(), AccountFixtures.PASSWORD);
        for (var width : List.of(390, 1280)) {
            page.setViewportSize(width, 900);
            page.navigate(url("/progress?lang=en"));
            page.getByText("Kuz 2026").click();
            assertThat(page.locator("h1")).hasText("Cohort board: Kuz 2026");
            var row = page.locator(".board tbody tr");
            assertThat(row).hasCount(1);
            assertThat(row.locator("th")).containsText("Aziza");
            assertThat(row.locator(".badge.slipping")).hasText("at risk");
            assertThat(row.locator(".level-chip")).hasCount(curriculum.topics("backend-8-weeks", null).size());
            assertThat(page.locator(".board thead")).containsText(
                    curriculum.topic("backend-8-weeks", TOPIC).orElseThrow().title().en());
            noHorizontalScroll();
        }

        page.context().clearCookies();
        signIn(otherMentor.email(), AccountFixtures.PASSWORD);
        var refused = page.navigate(url("/progress/cohorts/" + cohort.id() + "?lang=en"));
        assertThat(refused.status()).isEqualTo(404);
    }

    private void noHorizontalScroll() {
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0);
    }
}
