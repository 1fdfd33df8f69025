package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;

/**
 * A learner solves an SQL lab in the browser: writes the query in the editor, runs it with
 * Ctrl+Enter, submits it, and sees the verdict appear without a reload, then in the history.
 */
class LabBrowserTests extends BrowserTest {

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Test
    void aLearnerSolvesALabWithTheEditorAndSeesTheVerdictAppear() {
        var fixtures = new AccountFixtures(accounts, database);
        var learner = fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now().minusDays(14));
        signIn(learner.email(), AccountFixtures.PASSWORD);

        page.navigate(url("/today?lang=en"));
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Solve the SQL labs")).click();
        assertThat(page.locator("h1")).hasText("Labs");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Orders per status")).click();
        assertThat(page.locator("h1")).hasText("Orders per status");
        assertThat(page.locator(".schema summary").first()).containsText("shop.");

        page.locator(".CodeMirror textarea").focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("SELECT status, count(*) AS orders FROM shop.orders GROUP BY status ORDER BY orders DESC, status");
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#result table.grid tbody tr")).hasCount(6, new com.microsoft.playwright.assertions.LocatorAssertions
                .HasCountOptions().setTimeout(120_000));
        assertThat(page.locator("#result th").first()).hasText("status");

        var url = page.url();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit")).click();
        Locator verdict = page.locator("#verdict h2");
        assertThat(verdict).hasText("Accepted", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                .setTimeout(120_000));
        org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(url);
        assertThat(page.locator("#history .badge").first()).hasText("Accepted");
    }
}
