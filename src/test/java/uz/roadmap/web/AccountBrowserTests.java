package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountManagement;

class AccountBrowserTests extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    AccountManagement accounts;

    @Test
    void signingUpSignsInAsksFourQuestionsAndOpensTodayWithTheLearnersMenu() {
        var email = "browser-" + UUID.randomUUID() + "@example.com";

        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Ro‘yxatdan o‘tish")).first().click();
        page.getByLabel("Email").fill(email);
        page.getByLabel("Ism").fill("Aziza");
        page.getByLabel("Parol").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Ro‘yxatdan o‘tish")).click();

        assertThat(page).hasURL(Pattern.compile(".*/welcome$"));
        assertThat(page.locator("h1")).hasText("Xush kelibsiz!");
        var today = LocalDate.now(ZoneId.of("Asia/Tashkent"));
        assertThat(page.getByLabel("1-kuningiz qachon?")).hasValue(today.toString());
        page.getByLabel("Intervyu sanasi (bilsangiz)").fill(today.minusDays(1).toString());
        page.getByLabel("Kuniga necha soat o‘qiysiz?").fill("7");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Bugungi kunga o‘tish")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Belgilangan maydonlarni tekshiring.");
        assertThat(page.getByLabel("Intervyu sanasi (bilsangiz)")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Kuniga necha soat o‘qiysiz?")).hasValue("7");
        page.getByLabel("Intervyu sanasi (bilsangiz)").fill(today.plusDays(60).toString());
        page.locator("main").getByLabel("Til").selectOption("en");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Bugungi kunga o‘tish")).click();

        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator(".lead")).containsText("Day 1 of 56");
        assertThat(page.locator(".timer-goal")).containsText("7 hours");
        var menu = page.locator(".site-header .nav-links").first().getByRole(AriaRole.LINK);
        for (var item : new String[] { "Today", "Review", "Roadmap", "Self-tests", "Mock interviews" }) {
            assertThat(menu.getByText(item, new Locator.GetByTextOptions().setExact(true))).isVisible();
        }
        assertThat(menu.first()).hasText("Today");
        assertThat(page.locator(".site-header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("API")))
                .hasCount(0);
        assertThat(page.locator(".site-footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("API")))
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign out")).click();
        signIn(email);
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
    }

    @Test
    void onADesktopTheLearnersSectionsHaveARowOfTheirOwnAndTheCurrentOneIsMarked() {
        var email = "browser-" + UUID.randomUUID() + "@example.com";
        Assertions.assertThat(accounts.signUp(email, PASSWORD, "Aziza", "uz")).isEmpty();
        page.setViewportSize(1280, 800);
        signIn(email);

        page.navigate(url("/review"));
        var header = page.locator(".site-header");
        var sections = header.locator(".sections").getByRole(AriaRole.LINK);
        assertThat(sections).hasCount(7);
        assertThat(sections.and(page.locator("[aria-current=page]"))).hasText("Takrorlash");
        var brand = header.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Backend Roadmap")).boundingBox();
        var themeToggle = header.locator("#theme-toggle").boundingBox();
        var signOut = header.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chiqish")).boundingBox();
        var firstRow = brand.y + brand.height;
        Assertions.assertThat(List.of(themeToggle, signOut))
                .allSatisfy(box -> Assertions.assertThat(box.y).isLessThan(firstRow));
        // the sections (the longest words are Uzbek) all on the row below
        var tops = sections.all().stream().map(link -> link.boundingBox().y).distinct().toList();
        Assertions.assertThat(tops).singleElement()
                .satisfies(top -> Assertions.assertThat(top).isGreaterThanOrEqualTo(firstRow));
    }

    @Test
    void aLearnerSetsLanguageAndTimeZoneInTheProfile() {
        var email = "browser-" + UUID.randomUUID() + "@example.com";
        Assertions.assertThat(accounts.signUp(email, PASSWORD, "Aziza", "uz")).isEmpty();

        signIn(email);
        assertThat(page).hasURL(Pattern.compile(".*/welcome$"));
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Profil")).click();
        page.locator("main").getByLabel("Til").selectOption("en");
        page.getByLabel("Vaqt mintaqasi").selectOption("Europe/Berlin");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Saqlash")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
        assertThat(page.getByLabel("Time zone")).hasValue("Europe/Berlin");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Sign in")).first()).isVisible();
    }

    @Test
    void signingUpWithARegisteredEmailAndAnotherPasswordSignsNobodyIn() {
        var email = "browser-" + UUID.randomUUID() + "@example.com";
        Assertions.assertThat(accounts.signUp(email, PASSWORD, "Aziza", "uz")).isEmpty();

        page.navigate(url("/sign-up?lang=en"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Name").fill("Someone else");
        page.getByLabel("Password").fill("another long passphrase");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign up")).last().click();

        assertThat(page).hasURL(Pattern.compile(".*/sign-in\\?registered=?$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("your account is ready");
        page.navigate(url("/today"));
        assertThat(page).hasURL(Pattern.compile(".*/sign-in$"));
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
        page.navigate(url("/sign-in?lang=uz"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Parol").fill(PASSWORD);
        page.locator("main").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Kirish")).click();
    }
}
