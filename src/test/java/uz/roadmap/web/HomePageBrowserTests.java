package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;

class HomePageBrowserTests extends BrowserTest {

    @Test
    void rendersInUzbekByDefault() {
        page.navigate(url("/"));

        assertThat(page.locator("html")).hasAttribute("lang", "uz");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("8 haftada backend intervyuga tayyor bo‘l");
    }

    @Test
    void switchesToEnglishAndRemembersTheChoice() {
        page.navigate(url("/"));

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1")).hasText("Become ready for a backend interview in 8 weeks");

        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English")))
                .hasAttribute("aria-current", "true");
    }

    @Test
    void darkModeTogglesAndIsRemembered() {
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setColorScheme(com.microsoft.playwright.options.ColorScheme.LIGHT));
        page.navigate(url("/"));
        var toggle = page.locator("#theme-toggle");
        var lightBackground = background();
        assertThat(toggle).hasAttribute("aria-pressed", "false");

        toggle.click();

        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        assertThat(toggle).hasAttribute("aria-pressed", "true");
        org.assertj.core.api.Assertions.assertThat(background()).isNotEqualTo(lightBackground);

        page.reload();
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
    }

    @Test
    void followsTheSystemDarkModeUntilTheLearnerChooses() {
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setColorScheme(com.microsoft.playwright.options.ColorScheme.DARK));
        page.navigate(url("/"));

        assertThat(page.locator("#theme-toggle")).hasAttribute("aria-pressed", "true");
        org.assertj.core.api.Assertions.assertThat(background()).isEqualTo("rgb(13, 17, 23)");
    }

    @Test
    void isUsableByKeyboardAlone() {
        page.navigate(url("/"));

        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main$"));
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrolling() {
        page.setViewportSize(360, 740);
        page.navigate(url("/"));

        var overflow = (Boolean) page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isFalse();
    }

    private String background() {
        return (String) page.evaluate("getComputedStyle(document.body).backgroundColor");
    }
}
