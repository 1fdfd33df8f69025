package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;

/** Swagger UI's "Authorize" takes a bearer token, and "Try it out" then calls a protected operation with it. */
class SwaggerUiBrowserTests extends BrowserTest {

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Test
    void authorizesWithABearerTokenAndCallsAProtectedOperation() {
        var fixtures = new AccountFixtures(accounts, database);
        var token = fixtures.accessToken(fixtures.learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now()));
        page.navigate(url("/swagger-ui.html"));

        page.locator("button.authorize").click();
        var dialog = page.locator(".dialog-ux");
        assertThat(dialog.getByText("bearer (http, Bearer)")).isVisible();
        dialog.locator("input").fill(token);
        dialog.locator("button.modal-btn.authorize").click();
        assertThat(dialog.getByText("Authorized")).isVisible();
        dialog.locator("button.btn-done").click();

        var due = page.locator("#operations-Reviews-reviewDue");
        due.locator(".opblock-summary").click();
        due.locator("button.try-out__btn").click();
        due.locator("button.execute").click();

        assertThat(due.locator(".curl-command")).containsText("Authorization: Bearer " + token);
        assertThat(due.locator(".live-responses-table td.response-col_status:not(.col_header)").first()).hasText("200");
    }
}
