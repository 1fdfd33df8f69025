package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountFixtures.Learner;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.review.ReviewManagement;

/**
 * A question's page in the browser: what the learner wrote stays, model answers read as formatted
 * text, and the model answer is earned by writing (or by saying "I don't know").
 */
class AnswerBrowserTests extends BrowserTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    /** Its model answer has bold text, inline code and a code block. */
    private static final String FORMATTED = "kernel-vs-user-space";

    @Autowired
    AccountManagement accounts;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    JdbcClient database;

    private Learner learner;

    @BeforeEach
    void signInALearner() {
        learner = new AccountFixtures(accounts, database).learner("en", TASHKENT, LocalDate.now(TASHKENT));
        signIn(learner.email(), AccountFixtures.PASSWORD);
    }

    @Test
    void modelAnswersReadAsFormattedTextOnTheComparePageTheReviewCardAndTheQuestionPage() {
        page.navigate(url("/answers/" + FORMATTED + "?lang=en"));
        page.getByLabel("Your answer").fill("User space cannot touch hardware; it asks the kernel with a system call.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit and compare")).click();

        assertFormatted(page.locator(".model-answer"));

        reviews.introduce(learner.id(), "backend-8-weeks", FORMATTED);
        page.navigate(url("/review?lang=en"));
        page.keyboard().press("Space");
        assertFormatted(page.locator(".review-answer .model-answer"));

        page.navigate(url("/roadmaps/backend-8-weeks/questions/" + FORMATTED + "?lang=en"));
        page.getByText("Show the model answer").click();
        assertFormatted(page.locator("details.answer .markdown"));
    }

    @Test
    void aQuestionsPageKeepsEveryAnswerOldestFirstWithTicksAndRatingsAndComesBackToAnUnratedOne() {
        page.navigate(url("/answers/what-is-acid?lang=en"));
        page.getByLabel("Your answer").fill("Atomicity: all or nothing. Durability: committed data survives a crash.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit and compare")).click();
        assertThat(page.getByText("Model answer")).isVisible();

        page.reload();
        assertThat(page.locator("pre.written")).hasText("Atomicity: all or nothing. Durability: committed data survives a crash.");
        page.navigate(url("/today?lang=en"));
        page.navigate(url("/answers/what-is-acid?lang=en"));
        assertThat(page.getByText("Which key points did you cover?")).isVisible();
        page.locator("input[name=covered]").all().forEach(Locator::uncheck);
        page.locator("input[name=covered]").first().check();
        page.getByLabel("2 · Hard").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Confirm")).click();

        page.navigate(url("/answers/what-is-acid?lang=en"));
        page.getByLabel("Your answer").fill("Second try: atomicity, consistency, isolation and durability.");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit and compare")).click();
        page.getByLabel("3 · Good").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Confirm")).click();

        page.navigate(url("/answers/what-is-acid?lang=en"));
        var answers = page.locator(".answer-history .answers > li");
        assertThat(answers).hasCount(2);
        assertThat(answers.nth(0)).containsText("Atomicity: all or nothing.");
        assertThat(answers.nth(0).locator(".answer-meta")).containsText("2 · Hard");
        assertThat(answers.nth(0).locator(".answer-meta")).containsText("covered 1 of");
        assertThat(answers.nth(1)).containsText("Second try");
        assertThat(answers.nth(1).locator(".answer-meta")).containsText("3 · Good");
        answers.nth(0).getByText("Key points you ticked").click();
        assertThat(answers.nth(0).locator(".ticks li.ticked")).hasCount(1);
        assertThat(page.getByLabel("Your answer")).hasValue("");
    }

    @Test
    void anEmptyAnswerRevealsNothingAndIDontKnowCountsAsAgain() {
        page.navigate(url("/answers/process-vs-thread?lang=en"));
        page.getByLabel("Your answer").fill("   \n  ");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit and compare")).click();

        assertThat(page.getByText("Write your answer first")).isVisible();
        assertThat(page.getByText("Model answer")).not().isVisible();
        page.evaluate("document.getElementById('answer-form').noValidate = true; document.getElementById('answer-form').submit()");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Write your answer first");
        assertThat(page.getByText("Model answer")).not().isVisible();

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("I don’t know — show me")).click();

        assertThat(page.getByText("Counted as Again.")).isVisible();
        assertThat(page.locator("details.answer .model-answer")).isVisible();
        assertThat(page.locator(".answer-history .answer-meta")).containsText("1 · Again");
        org.assertj.core.api.Assertions.assertThat(database.sql("""
                SELECT r.rating FROM review.review_log r JOIN review.card c ON c.id = r.card_id
                WHERE c.learner_id = :learner AND c.question_slug = 'process-vs-thread'""")
                .param("learner", learner.id()).query(Integer.class).list()).containsExactly(1);
    }

    @Test
    void thePublicQuestionPageLeadsToWritingOnesOwnAnswer() {
        page.navigate(url("/roadmaps/backend-8-weeks/questions/what-is-acid?lang=en"));

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Write your answer")).click();

        assertThat(page).hasURL(url("/answers/what-is-acid?lang=en").replace("?lang=en", ""));
        assertThat(page.getByLabel("Your answer")).isVisible();
    }

    @Test
    void anAnswerTooLongIsFlaggedBeforeSubmittingAndNothingIsLost() {
        page.navigate(url("/answers/what-is-acid?lang=en"));
        var tooLong = "A".repeat(20_001);
        page.getByLabel("Your answer").fill(tooLong);

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("20,001 characters");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit and compare")).click();
        assertThat(page.getByLabel("Your answer")).hasValue(tooLong);
        assertThat(page.getByText("Model answer")).not().isVisible();

        page.evaluate("document.getElementById('answer-form').submit()");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("at most 20,000 can be submitted");
        assertThat(page.getByLabel("Your answer")).hasValue(tooLong);
        assertThat(page.getByText("Which key points did you cover?")).not().isVisible();
    }

    private static void assertFormatted(Locator answer) {
        assertThat(answer.locator("strong").first()).hasText("system call");
        assertThat(answer.locator("pre code").first()).isVisible();
        assertThat(answer).not().containsText("**");
        assertThat(answer).not().containsText("```");
    }
}
