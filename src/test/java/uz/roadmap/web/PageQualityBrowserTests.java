package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;

/**
 * What a learner notices on every page: no errors in the console, badges that explain themselves,
 * and a home page that promises only what exists.
 */
class PageQualityBrowserTests extends BrowserTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final List<String> PAGES = List.of("/", "/roadmaps/backend-8-weeks", "/roadmaps/backend-8-weeks/weeks/1",
            "/roadmaps/backend-8-weeks/topics/os-and-kernel", "/roadmaps/backend-8-weeks/questions/what-is-acid", "/today",
            "/answers/what-is-acid", "/review", "/review/settings", "/self-tests", "/self-tests/weeks/1", "/profile", "/welcome");

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Test
    void noPageLogsAnErrorToTheConsoleInEitherLanguage() {
        var learner = new AccountFixtures(accounts, database).learner("uz", TASHKENT, LocalDate.now(TASHKENT));
        signIn(learner.email(), AccountFixtures.PASSWORD);
        var errors = new ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> errors.add(page.url() + ": " + error));

        for (var language : List.of("uz", "en")) {
            for (var path : PAGES) {
                page.navigate(url(path + "?lang=" + language));
                page.waitForLoadState(LoadState.NETWORKIDLE);
            }
        }

        org.assertj.core.api.Assertions.assertThat(errors).isEmpty();
    }

    @Test
    void afterTheFirstPageEveryPageCostsAFewKilobytes() {
        var learner = new AccountFixtures(accounts, database).learner("uz", TASHKENT, LocalDate.now(TASHKENT));
        signIn(learner.email(), AccountFixtures.PASSWORD);
        var first = page.navigate(url("/?lang=en"));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        @SuppressWarnings("unchecked")
        var assets = (List<String>) page.evaluate("performance.getEntriesByType('resource').map(entry => entry.name)");
        org.assertj.core.api.Assertions.assertThat(assets).isNotEmpty()
                .allMatch(asset -> asset.matches(".*-[0-9a-f]{32}\\.(css|js|svg)$"), "has a content-hashed name");
        var asset = page.request().get(assets.getFirst());
        org.assertj.core.api.Assertions.assertThat(asset.headers().get("cache-control")).contains("max-age=31536000");
        org.assertj.core.api.Assertions.assertThat(first.headers().get("content-encoding")).isEqualTo("gzip");

        var heavy = new ArrayList<String>();
        for (var path : PAGES) {
            page.navigate(url(path + "?lang=uz"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            var transferred = ((Number) page.evaluate("""
                    performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                        .reduce((sum, entry) => sum + entry.transferSize, 0)""")).longValue();
            if (transferred >= 15_000) {
                heavy.add(path + ": " + transferred + " bytes");
            }
        }
        org.assertj.core.api.Assertions.assertThat(heavy).as("pages whose load after the first transferred 15 KB or more").isEmpty();
    }

    @Test
    void theDifficultyBadgesAreExplained() {
        page.navigate(url("/roadmaps/backend-8-weeks/weeks/1?lang=en"));

        page.getByText("What the badges mean").click();

        assertThat(page.locator(".legend dd").first()).containsText("asked in most interviews");
        assertThat(page.locator(".legend dl")).containsText("non-standard");
    }

    @Test
    void theHomePageLeadsToEveryPartOfTheLoopAndPromisesNothingAlreadyBuilt() {
        page.navigate(url("/?lang=en"));

        var loop = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("The daily loop"));
        assertThat(loop).not().containsText("Coming");
        var links = Map.of("Solve an SQL lab", "/labs", "Take a weekly self-test", "/self-tests",
                "Run a mock interview", "/mock-interviews", "See the competency matrix", "/progress");
        links.forEach((name, path) -> assertThat(loop.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)))
                .hasAttribute("href", path));
        loop.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Run a mock interview")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in.*"));
    }
}
