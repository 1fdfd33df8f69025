package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.review.ReviewManagement;

/**
 * Reviews as Anki does them: each rating button looks its own and shows the interval the scheduler
 * gives, a card rated Again comes back in the same session when it is due, and every key gets an
 * answer.
 */
class ReviewSessionBrowserTests extends BrowserTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Autowired
    AccountManagement accounts;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    JdbcClient database;

    @Test
    void theRatingButtonsLookApartAndShowTheIntervalEachGives() {
        var learner = signedInLearner();
        var card = reviews.introduce(learner, "backend-8-weeks", "what-is-acid");
        page.navigate(url("/review?lang=en"));
        page.keyboard().press("Space");

        var buttons = page.locator(".rating-buttons button");
        assertThat(buttons).hasCount(4);
        assertThat(buttons.nth(0)).hasText(Pattern.compile("1 min\\s*Again\\s*1"));
        assertThat(buttons.nth(1)).hasText(Pattern.compile("6 min\\s*Hard\\s*2"));
        assertThat(buttons.nth(2)).hasText(Pattern.compile("10 min\\s*Good\\s*3"));
        assertThat(buttons.nth(3)).hasText(Pattern.compile("\\d+ d\\s*Easy\\s*4"));
        var colours = new HashSet<Object>();
        for (int button = 0; button < 4; button++) {
            colours.add(buttons.nth(button).evaluate("button => getComputedStyle(button).backgroundColor"));
        }
        org.assertj.core.api.Assertions.assertThat(colours).as("four different colours").hasSize(4);
        var easyDays = Integer.parseInt(buttons.nth(3).locator(".rating-interval").textContent().replace(" d", ""));

        page.keyboard().press("4");

        assertThat(page.locator(".feedback")).hasText("Rated Easy: this card comes back in " + easyDays + " d.");
        var stored = database.sql("SELECT last_review, due FROM review.card WHERE id = :card").param("card", card.id())
                .query((row, number) -> Duration.between(row.getObject("last_review", OffsetDateTime.class),
                        row.getObject("due", OffsetDateTime.class)))
                .single();
        org.assertj.core.api.Assertions.assertThat(stored).as("the interval the button showed")
                .isEqualTo(Duration.ofDays(easyDays));
    }

    @Test
    void aCardRatedAgainComesBackInTheSameSessionWhenItIsDue() {
        var learner = signedInLearner();
        var forgotten = reviews.introduce(learner, "backend-8-weeks", "process-vs-thread");
        reviews.introduce(learner, "backend-8-weeks", "rebase-vs-merge");
        page.clock().install();
        page.navigate(url("/review?lang=en"));
        page.evaluate("window.sameDocument = true");

        var forgottenPrompt = rateTheCardShown("1", forgotten.id());
        assertThat(page.locator(".feedback")).hasText("Rated Again: this card comes back in 1 min.");
        var other = page.locator(".review-prompt").textContent();
        page.keyboard().press("Space");
        page.keyboard().press("4");

        assertThat(page.locator(".review-waiting")).containsText("A card you are still learning comes back in");
        assertThat(page.locator(".review-waiting .countdown-value")).hasText(Pattern.compile("^(0:[0-5]\\d|1:00)$"));
        assertThat(page.locator(".session-summary")).containsText("2 cards reviewed");

        // the minute passes: on the server, the card is due; in the browser, the countdown runs out
        // (with room to spare, as the countdown started from the server's figure a moment later).
        // Every timer fires in turn, so a countdown htmx starts only once it has settled the swap
        // runs out too.
        database.sql("UPDATE review.card SET due = now() - interval '1 second' WHERE id = :card")
                .param("card", forgotten.id()).update();
        page.clock().runFor("01:30");

        assertThat(page.locator(".review-prompt")).hasText(forgottenPrompt);
        org.assertj.core.api.Assertions.assertThat(forgottenPrompt).isNotEqualTo(other);
        page.keyboard().press("Space");
        page.keyboard().press("3");
        assertThat(page.locator(".feedback")).hasText("Rated Good: this card comes back in 10 min.");
        assertThat(page.locator(".review-waiting")).isVisible();
        assertThat(page.locator(".session-summary")).containsText("3 cards reviewed");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.sameDocument")).as("no page reload").isEqualTo(true);
    }

    @Test
    void everyKeyGetsAnAnswerEvenUWithNothingToUndo() {
        var learner = signedInLearner();
        page.navigate(url("/review?lang=en"));

        page.keyboard().press("u");
        assertThat(page.locator(".feedback")).hasText("There is no rating to undo.");
        page.keyboard().press("2");
        assertThat(page.locator("#key-hint")).hasText("There is no card to rate right now.");

        reviews.introduce(learner, "backend-8-weeks", "what-is-acid");
        page.reload();
        page.keyboard().press("3");
        assertThat(page.locator("#key-hint")).hasText("Show the answer first: press Space.");
        page.keyboard().press("Space");
        assertThat(page.locator(".review-answer")).isVisible();
        assertThat(page.locator("#key-hint")).isEmpty();
        page.keyboard().press("Space");
        assertThat(page.locator("#key-hint")).hasText("The answer is shown: rate it with 1–4.");
        page.keyboard().press("x");
        assertThat(page.locator("#key-hint")).containsText("Space shows the answer, 1–4 rate it, U undoes the last rating");
        page.keyboard().press("3");
        assertThat(page.locator(".feedback")).hasText("Rated Good: this card comes back in 10 min.");
        page.keyboard().press("u");
        assertThat(page.locator(".feedback")).hasText("The last rating was undone.");
    }

    /** Reveals and rates the card on the page, which must be this one; answers its prompt. */
    private String rateTheCardShown(String key, UUID card) {
        assertThat(page.locator("article.review")).hasAttribute("data-card", card.toString());
        var prompt = page.locator(".review-prompt").textContent();
        page.keyboard().press("Space");
        page.keyboard().press(key);
        return prompt;
    }

    /** A learner on day 1 of the program, signed in in this browser. */
    private UUID signedInLearner() {
        var learner = new AccountFixtures(accounts, database).learner("en", TASHKENT, LocalDate.now(TASHKENT));
        signIn(learner.email(), AccountFixtures.PASSWORD);
        return learner.id();
    }
}
