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

    private static void assertFormatted(Locator answer) {
        assertThat(answer.locator("strong").first()).hasText("system call");
        assertThat(answer.locator("pre code").first()).isVisible();
        assertThat(answer).not().containsText("**");
        assertThat(answer).not().containsText("```");
    }
}
