package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.curriculum.Content.SelfTestItem;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.platform.Markdown;

/**
 * A whole weekly self-test taken by keyboard alone, with a reload in the middle, and its report.
 */
class SelfTestBrowserTests extends BrowserTest {

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Autowired
    Curriculum curriculum;

    @Test
    void onTheWeeksLastDayTodayAndTheWeekPageLeadToTheSelfTest() {
        var fixtures = new AccountFixtures(accounts, database);
        var learner = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now(ZoneId.of("Asia/Tashkent")).minusDays(6));
        signIn(learner.email(), AccountFixtures.PASSWORD);

        page.navigate(url("/today?lang=en"));
        assertThat(page.locator(".lead")).containsText("Day 7 of 56");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Take the week 1 self-test")).click();
        assertThat(page.locator("h1")).hasText("Week 1 self-test");

        page.navigate(url("/roadmaps/backend-8-weeks/weeks/2?lang=en"));
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("The week 2 self-test")).click();
        assertThat(page.locator("h1")).hasText("Week 2 self-test");
    }

    @Test
    void aLearnerTakesAWholeSelfTestByKeyboardReloadsInTheMiddleAndReadsTheReport() {
        var fixtures = new AccountFixtures(accounts, database);
        var learner = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now().minusDays(6));
        signIn(learner.email(), AccountFixtures.PASSWORD);

        page.navigate(url("/self-tests/weeks/1?lang=en"));
        assertThat(page.locator("h1")).hasText("Week 1 self-test");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Start the test")).click();
        assertThat(page.locator("h1")).hasText("Item 1 of 20");
        assertThat(page.locator(".countdown-value")).hasText(java.util.regex.Pattern.compile("(29|30):\\d\\d"));

        for (int number = 1; number <= 20; number++) {
            assertThat(page.locator("h1")).hasText("Item " + number + " of 20");
            if (number == 8) {
                page.reload();
                assertThat(page.locator("h1")).hasText("Item 8 of 20"); // the reload resumes at the first unanswered item
                assertThat(page.locator(".item-nav a.answered")).hasCount(7);
            }
            answerRightlyAndSurely(content(page.locator("legend.prompt").textContent()));
        }

        assertThat(page.locator("h1")).hasText("Check and submit");
        assertThat(page.getByText("Every item is answered.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit the test")).click();

        assertThat(page.locator("h1")).hasText("Week 1 self-test: results");
        assertThat(page.locator(".scores .big-number").first()).hasText("100%");
        assertThat(page.locator(".scores .big-number").nth(1)).hasText("60");
        assertThat(page.locator(".report-items > li.right")).hasCount(20);
        assertThat(page.getByText("Your certainty matched how often you were right.")).isVisible();
    }

    /** Chooses the right options with their number keys (or types the answer), sets certainty 3 with C, and saves with Enter. */
    private void answerRightlyAndSurely(SelfTestItem item) {
        if (item.kind().equals("choice")) {
            var options = page.locator("label.option:has(input[name=choice])");
            for (int index = 0; index < options.count(); index++) {
                var text = options.nth(index).locator("span").last().textContent();
                if (item.options().stream().anyMatch(option -> option.correct() && shown(option.text().en()).equals(text))) {
                    page.keyboard().press(String.valueOf(index + 1));
                }
            }
            for (int press = 0; press < 3; press++) {
                page.keyboard().press("c");
            }
        }
        else {
            page.keyboard().type(item.accepted().getFirst());
            page.keyboard().press("Tab");
            page.keyboard().press("Space");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowDown");
        }
        assertThat(page.locator("input[name=certainty][value='3']")).isChecked();
        page.keyboard().press("Enter");
    }

    private SelfTestItem content(String prompt) {
        return curriculum.selfTest("backend-8-weeks", 1).stream().filter(item -> shown(item.prompt().en()).equals(prompt.strip()))
                .findFirst().orElseThrow();
    }

    /** The text a reader sees of content's Markdown: {@code `ssh`} shows as ssh. */
    private String shown(String markdown) {
        return String.valueOf(page.evaluate("html => { const d = document.createElement('div'); d.innerHTML = html; return d.textContent; }",
                new Markdown().inline(markdown))).strip();
    }
}
