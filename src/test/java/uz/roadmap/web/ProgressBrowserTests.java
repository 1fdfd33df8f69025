package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.review.ReviewManagement;

/**
 * Progress shows in the daily loop: Today ticks off what is done, a rating is confirmed, a finished
 * review session says what it did, and the roadmap's pages show what the learner has done.
 */
class ProgressBrowserTests extends BrowserTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Autowired
    AccountManagement accounts;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    JdbcClient database;

    @Test
    void todayTicksOffAnAnsweredQuestionAndTheRoadmapShowsIt() {
        signedInLearner();
        page.navigate(url("/today?lang=en"));
        assertThat(page.locator(".day-parts li").first()).hasText(Pattern.compile("Answers written: 0 of 5"));
        assertThat(page.locator(".day-parts li").first()).hasClass(Pattern.compile("todo"));
        var first = page.locator(".today-questions li").first();
        var prompt = first.getByRole(AriaRole.LINK).textContent();

        first.getByRole(AriaRole.LINK).click();
        page.getByLabel("Your answer").fill("The client sends SYN with its initial sequence number; the server answers "
                + "SYN-ACK; the client sends ACK. Then the connection is ESTABLISHED.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit and compare")).click();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Confirm")).click();

        assertThat(page.locator("h1")).hasText("Today");
        assertThat(page.locator("main .notice[role=status]"))
                .hasText(Pattern.compile("^Saved and rated (Again|Hard|Good|Easy): this question comes back in \\d+ (min|d)\\.$"));
        assertThat(page.locator(".day-parts li").first()).containsText("Answers written: 1 of 5");
        var ticked = page.locator(".today-questions li.done");
        assertThat(ticked).hasCount(1);
        assertThat(ticked.getByRole(AriaRole.LINK)).hasText(prompt);
        assertThat(ticked.locator(".done-badge")).hasText("answered");
        assertThat(page.getByText("1 of 5 answered.")).isVisible();

        page.navigate(url("/roadmaps/backend-8-weeks/weeks/1?lang=en"));
        assertThat(page.locator(".my-progress")).containsText(Pattern.compile("1 of the week's \\d+ questions answered"));
        assertThat(page.locator(".my-progress")).containsText("Self-test: not taken yet");

        page.navigate(url("/roadmaps/backend-8-weeks?lang=en"));
        var weekOne = page.locator(".my-progress tbody tr").first();
        assertThat(weekOne.locator("th")).hasText("Week 1");
        assertThat(weekOne.locator("td").first()).containsText(Pattern.compile("\\b1 of \\d+"));
        assertThat(page.locator(".my-progress tbody tr")).hasCount(8);
    }

    @Test
    void everyRatingIsConfirmedAndAFinishedSessionSaysWhatItDid() {
        var learner = signedInLearner();
        List.of("process-vs-thread", "what-is-acid", "rebase-vs-merge")
                .forEach(question -> reviews.introduce(learner, "backend-8-weeks", question));
        page.navigate(url("/today?lang=en"));
        assertThat(page.locator(".day-parts li").nth(1)).containsText("Reviews: 0 done today, 3 due now");

        page.navigate(url("/review?lang=en"));
        for (int card = 0; card < 3; card++) {
            var prompt = page.locator(".review-prompt").textContent();
            page.keyboard().press("Space");
            assertThat(page.locator(".review-answer")).isVisible();
            page.keyboard().press("4");
            assertThat(page.locator(".feedback")).hasText(Pattern.compile("^Rated Easy: this card comes back in \\d+ d\\.$"));
            if (card < 2) {
                assertThat(page.locator(".review-prompt")).not().hasText(prompt);
            }
        }

        var summary = page.locator(".session-summary");
        assertThat(summary.getByRole(AriaRole.HEADING)).hasText("Session finished");
        assertThat(summary).containsText("3 cards reviewed");
        assertThat(summary.locator(".rating-4")).hasText("Easy: 3");
        assertThat(summary.locator(".rating-1")).hasText("Again: 0");
        assertThat(summary).containsText(Pattern.compile("It took (<1|\\d+) min\\."));
        assertThat(summary).containsText(Pattern.compile("The next card is due in \\d+ d\\."));

        page.navigate(url("/today?lang=en"));
        assertThat(page.locator(".day-parts li").nth(1)).containsText("Reviews: 3 done today, 0 due now");
        assertThat(page.locator(".day-parts li").nth(1)).hasClass(Pattern.compile("done"));
    }

    /** A learner on day 1 of the program, signed in in this browser. */
    private java.util.UUID signedInLearner() {
        var learner = new AccountFixtures(accounts, database).learner("en", TASHKENT, LocalDate.now(TASHKENT));
        signIn(learner.email(), AccountFixtures.PASSWORD);
        return learner.id();
    }
}
