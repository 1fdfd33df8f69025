package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;

class AccountBrowserTests extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Test
    void aLearnerSignsUpSignsOutSignsInAndSetsLanguageAndTimeZone() {
        var email = "browser-" + UUID.randomUUID() + "@example.com";

        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Ro‘yxatdan o‘tish")).first().click();
        page.getByLabel("Email").fill(email);
        page.getByLabel("Ism").fill("Aziza");
        page.getByLabel("Parol").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Ro‘yxatdan o‘tish")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("hisobingiz tayyor");
        signIn(email);
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Profil"))).isVisible();

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Chiqish")).click();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Kirish"))).isVisible();

        signIn(email);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Profil")).click();
        page.locator("main").getByLabel("Til").selectOption("en");
        page.getByLabel("Vaqt mintaqasi").selectOption("Europe/Berlin");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Saqlash")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
        assertThat(page.getByLabel("Time zone")).hasValue("Europe/Berlin");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        page.navigate(url("/sign-in?lang=en"));
        page.getByLabel("Email").fill("nobody-" + UUID.randomUUID() + "@example.com");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in")).last().click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Email or password is incorrect.");
    }

    @Test
    void theProfileAsksAnonymousVisitorsToSignIn() {
        page.navigate(url("/profile"));

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in$"));
    }

    private void signIn(String email) {
        page.navigate(url("/sign-in"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Parol").fill(PASSWORD);
        page.locator("main").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Kirish")).click();
    }
}
