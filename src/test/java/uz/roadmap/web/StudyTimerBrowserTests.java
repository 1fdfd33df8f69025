package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.plan.StudyTimer;
import uz.roadmap.plan.TimerStatus;

/**
 * The study timer on the Today page, from the keyboard alone and without a page reload.
 */
class StudyTimerBrowserTests extends BrowserTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final Pattern SOME_TIME = Pattern.compile("^0:00:0[1-9]|^0:00:[1-5]\\d|^0:0[1-9]:");

    @Autowired
    AccountManagement accounts;

    @Autowired
    StudyTimer timer;

    @Autowired
    JdbcClient database;

    @Test
    void aLearnerStartsPausesAndStopsTheTimerFromTheKeyboard() {
        var learner = signedInLearner();
        page.navigate(url("/today?lang=en"));
        page.evaluate("window.sameDocument = true");
        var clock = page.locator(".timer-studied");
        assertThat(clock).hasText("0:00:00");
        assertThat(page.locator(".timer-status")).hasText("The timer is not running.");
        assertThat(page.getByText("Today's new questions (5)")).isVisible();

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Start")).focus();
        page.keyboard().press("Enter");

        assertThat(page.locator(".timer-status")).containsText("Running since");
        var pause = page.locator("#study-timer").getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Pause"));
        assertThat(pause).isFocused();
        assertThat(clock).hasText(SOME_TIME);

        page.keyboard().press("Enter");

        assertThat(page.locator(".timer-status")).hasText("Paused.");
        assertThat(page.locator("#study-timer").getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Resume")))
                .isFocused();
        assertThat(clock).hasText(SOME_TIME);
        assertThat(page.locator("#timer-announcement")).hasText("Paused.");
        var shownWhenPaused = clock.textContent();

        page.keyboard().press("Tab");
        assertThat(page.locator("#study-timer").getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Stop")))
                .isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator(".timer-status")).hasText("The timer is not running.");
        assertThat(clock).hasText(shownWhenPaused);
        assertThat(page.locator("#study-timer").getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Start")))
                .isFocused();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.sameDocument")).as("no page reload").isEqualTo(true);
        var saved = timer.timer(learner).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(saved.status()).isEqualTo(TimerStatus.STOPPED);
        org.assertj.core.api.Assertions.assertThat(saved.studiedSeconds())
                .as("what the page showed is what was counted").isEqualTo(seconds(shownWhenPaused));

        page.reload();
        assertThat(clock).hasText(shownWhenPaused);
    }

    @Test
    void aRunningTimerIsStillRunningAfterAReloadInUzbek() {
        var learner = signedInLearner();
        timer.start(learner);

        page.navigate(url("/today?lang=uz"));

        assertThat(page.locator(".timer-status")).containsText("ishlayapti");
        assertThat(page.locator("#study-timer").getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Pauza")))
                .isVisible();
        assertThat(page.locator(".timer-studied")).hasText(SOME_TIME);
    }

    @Test
    void theRunningPageSendsHeartbeatsAndALastOneWhenItIsLeft() {
        var learner = signedInLearner();
        timer.start(learner);
        page.navigate(url("/today?lang=en"));
        assertThat(page.locator(".timer-status")).containsText("Running since");

        // coming back to the page: a heartbeat through htmx, whose answer is swapped in
        var back = page.waitForResponse(response -> response.url().endsWith("/today/timer/heartbeat"),
                () -> page.evaluate("document.dispatchEvent(new Event('visibilitychange'))"));
        // leaving the page: a keep-alive request that outlives it
        var leaving = page.waitForResponse(response -> response.url().endsWith("/today/timer/heartbeat"),
                () -> page.evaluate("window.dispatchEvent(new Event('pagehide'))"));

        org.assertj.core.api.Assertions.assertThat(back.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(leaving.status()).as("the CSRF token travels in the body").isEqualTo(200);
        assertThat(page.locator(".timer-status")).containsText("Running since");
        org.assertj.core.api.Assertions.assertThat(timer.timer(learner).orElseThrow().status()).isEqualTo(TimerStatus.RUNNING);
    }

    @Test
    void aRunningTimerKeepsCountingInTheHeaderOfEveryPage() throws InterruptedException {
        var learner = signedInLearner();
        timer.start(learner);

        page.navigate(url("/answers/what-is-acid?lang=en"));
        var header = page.locator("#header-timer");
        assertThat(header).isVisible();
        assertThat(header.locator(".header-timer-clock")).hasText(SOME_TIME);
        assertThat(header).containsText("Study timer running");
        var before = header.locator(".header-timer-clock").textContent();
        assertThat(header.locator(".header-timer-clock")).not().hasText(before);

        Thread.sleep(3_000);
        var beat = page.waitForResponse(response -> response.url().endsWith("/today/timer/heartbeat?place=header"),
                () -> page.evaluate("document.dispatchEvent(new Event('visibilitychange'))"));
        org.assertj.core.api.Assertions.assertThat(beat.status()).isEqualTo(200);
        assertThat(header.locator(".header-timer-clock")).hasText(SOME_TIME);
        org.assertj.core.api.Assertions.assertThat(timer.timer(learner).orElseThrow().studiedSeconds())
                .as("time on the answer page counted").isGreaterThanOrEqualTo(3);

        page.navigate(url("/roadmaps/backend-8-weeks?lang=en"));
        assertThat(page.locator("#header-timer .header-timer-clock")).hasText(SOME_TIME);
        page.locator("#header-timer a").click();
        assertThat(page.locator("h1")).hasText("Today");
    }

    @Test
    void startingOnTodayShowsTheHeaderTimerAndSigningOutStopsIt() {
        var learner = signedInLearner();
        page.navigate(url("/today?lang=en"));
        assertThat(page.locator("#header-timer")).isHidden();

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Start")).click();
        assertThat(page.locator("#header-timer")).isVisible();
        assertThat(page.locator("#header-timer")).containsText("Study timer running");

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign out")).click();

        assertThat(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in")).first())
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(timer.timer(learner).orElseThrow().status()).isEqualTo(TimerStatus.STOPPED);
    }

    @Test
    void theTimerStopsWhenTheLearnerIsIdleLongerThanTheLimitTheySet() {
        var learner = signedInLearner();
        page.navigate(url("/today?lang=en"));
        page.getByLabel("Stop the timer after this many minutes without activity").fill("1");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Saved: the timer stops after that long")).isVisible();
        assertThat(page.getByLabel("Stop the timer after this many minutes without activity")).hasValue("1");
        timer.start(learner);

        page.clock().install();
        page.navigate(url("/roadmaps/backend-8-weeks?lang=en"));
        assertThat(page.locator("#header-timer")).isVisible();
        var stopped = page.waitForResponse(response -> response.url().endsWith("/today/timer/idle?place=header"),
                () -> page.clock().fastForward("01:05"));

        org.assertj.core.api.Assertions.assertThat(stopped.status()).isEqualTo(200);
        assertThat(page.locator("#header-timer")).isHidden();
        org.assertj.core.api.Assertions.assertThat(timer.timer(learner).orElseThrow().status()).isEqualTo(TimerStatus.STOPPED);
    }

    private static long seconds(String clock) {
        var parts = clock.split(":");
        return Long.parseLong(parts[0]) * 3600 + Long.parseLong(parts[1]) * 60 + Long.parseLong(parts[2]);
    }

    /** A learner on day 1 of the program, signed in in this browser. */
    private UUID signedInLearner() {
        var learner = new AccountFixtures(accounts, database).learner("en", TASHKENT, LocalDate.now(TASHKENT));
        signIn(learner.email(), AccountFixtures.PASSWORD);
        return learner.id();
    }
}
