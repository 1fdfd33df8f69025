package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;
import uz.roadmap.review.ReviewManagement;

/**
 * The learner's day in the browser: today's questions, writing and self-checking an answer, and a
 * keyboard-only review session.
 */
class DailyLoopBrowserTests extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase";
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Autowired
    AccountManagement accounts;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    JdbcClient database;

    @Test
    void aLearnerWritesAnAnswerSeesTheKeyPointsConfirmsAndRates() {
        var learner = signedInLearner();

        page.navigate(url("/today?lang=en"));
        assertThat(page.locator("h1")).hasText("Today");
        assertThat(page.locator(".lead")).containsText("Day 1 of 56");
        assertThat(page.locator(".questions li")).hasCount(5);

        page.navigate(url("/answers/tcp-three-way-handshake?lang=en"));
        page.getByLabel("Your answer").fill("The client sends SYN with its initial sequence number; the server answers "
                + "SYN-ACK; the client sends ACK. Then the connection is ESTABLISHED.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit and compare")).click();

        assertThat(page.getByText("Model answer")).isVisible();
        assertThat(page.locator("input[name=covered]:checked").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Confirm")).click();

        assertThat(page.locator("h1")).hasText("Today");
        org.assertj.core.api.Assertions.assertThat(database.sql(
                "SELECT count(*) FROM review.answer WHERE learner_id = :learner AND status = 'RATED'")
                .param("learner", learner).query(Long.class).single()).isOne();
    }

    @Test
    void aKeyboardOnlyReviewSessionOfTenCardsWithOneUndo() {
        var learner = signedInLearner();
        var questions = List.of("process-vs-thread", "tcp-three-way-handshake", "how-https-encrypts", "rebase-vs-merge",
                "why-interfaces", "what-is-acid", "how-deadlock-happens", "when-to-create-index", "cache-invalidation",
                "kafka-vs-rabbitmq");
        questions.forEach(question -> reviews.introduce(learner, "backend-8-weeks", question));

        page.navigate(url("/review?lang=en"));
        page.evaluate("window.sameDocument = true");
        var prompts = new ArrayList<String>();
        for (int card = 0; card < 10; card++) {
            var prompt = page.locator(".review-prompt").textContent();
            prompts.add(prompt);
            page.keyboard().press("Space");
            assertThat(page.locator(".review-answer")).isVisible();
            page.keyboard().press("3");
            if (card < 9) {
                assertThat(page.locator(".review-prompt")).not().hasText(prompt);
            }
            if (card == 4) {
                page.keyboard().press("u");
                assertThat(page.getByText("The last rating was undone.")).isVisible();
                assertThat(page.locator(".review-prompt")).hasText(prompt);
                page.keyboard().press("Space");
                page.keyboard().press("3");
                assertThat(page.locator(".review-prompt")).not().hasText(prompt);
            }
        }

        assertThat(page.locator(".session-summary")).containsText("10 cards reviewed");
        assertThat(page.locator(".review-waiting"))
                .containsText("comes back in");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.sameDocument")).as("no page reload").isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(prompts).doesNotHaveDuplicates();
        org.assertj.core.api.Assertions.assertThat(database.sql(
                "SELECT count(*) FROM review.review_log WHERE learner_id = :learner AND undone_at IS NULL")
                .param("learner", learner).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void aDraftIsSavedWhileTypingAndSurvivesAReload() {
        signedInLearner();
        page.navigate(url("/answers/what-is-acid?lang=en"));

        page.getByLabel("Your answer").fill("Atomicity: all or nothing.");

        assertThat(page.locator("#draft-status")).containsText("Draft saved at");
        page.reload();
        assertThat(page.getByLabel("Your answer")).hasValue("Atomicity: all or nothing.");
    }

    @Test
    void reviewSettingsAreChangedFromTheKeyboard() {
        var learner = signedInLearner();
        page.navigate(url("/review/settings?lang=en"));

        page.getByLabel("Daily review limit").fill("40");
        page.getByLabel("Sunday").focus();
        page.keyboard().press("Space");
        page.getByLabel("Daily review limit").press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved");
        assertThat(page.getByLabel("Sunday")).isChecked();
        var settings = reviews.settings(learner);
        org.assertj.core.api.Assertions.assertThat(settings.dailyReviewLimit()).isEqualTo(40);
        org.assertj.core.api.Assertions.assertThat(settings.easyDays()).containsExactly(DayOfWeek.SUNDAY);

        page.getByLabel("Desired retention").evaluate("field => field.value = '0.5'");
        page.getByLabel("Desired retention").evaluate("field => field.form.noValidate = true");
        page.getByLabel("Daily review limit").press("Enter");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was saved");
        assertThat(page.getByLabel("Desired retention")).hasValue("0.5");
        assertThat(page.getByLabel("Desired retention")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByText("Enter a number from 0.70 to 0.97.")).isVisible();
        assertThat(page.getByLabel("Daily review limit")).hasValue("40");
        assertThat(page.getByLabel("Sunday")).isChecked();
        org.assertj.core.api.Assertions.assertThat(reviews.settings(learner).desiredRetention()).isEqualTo(0.9);
    }

    /** A learner on day 1 of the program, signed in in this browser. */
    private UUID signedInLearner() {
        var email = "loop-" + UUID.randomUUID() + "@example.com";
        org.assertj.core.api.Assertions.assertThat(accounts.signUp(email, PASSWORD, "Aziza", "en")).isEmpty();
        var learner = database.sql("SELECT id FROM account.account WHERE email = :email").param("email", email)
                .query(UUID.class).single();
        accounts.updateProfile(learner, new Profile("Aziza", "en", TASHKENT, LocalDate.now(TASHKENT), null, 6));
        page.navigate(url("/sign-in?lang=en"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.locator("main").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign in")).click();
        return learner;
    }
}
