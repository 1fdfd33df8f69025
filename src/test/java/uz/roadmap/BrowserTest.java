package uz.roadmap;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Base of the end-to-end tests: the whole application on a random port, driven through the
 * system's Chromium by Playwright. Each test gets a fresh browser context (no cookies, no storage).
 */
@FullStackTest
public abstract class BrowserTest {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(java.nio.file.Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        // a fake microphone, granted without asking, for the pages that record
                        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream")));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("uz-UZ"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Signs in with the sign-in form, in English, and waits for Today (or the first questions, for a newcomer). */
    protected void signIn(String email, String password) {
        page.navigate(url("/sign-in?lang=en"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.locator("main").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/(today|welcome)$"));
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
