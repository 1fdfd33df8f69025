package uz.roadmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import uz.roadmap.BrowserTest;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.curriculum.Curriculum;

/**
 * A whole mock interview in Chromium with a fake microphone: each question read aloud by speech
 * synthesis, answered aloud and recorded, the recording uploaded and played back, the self-grading
 * and the report; the weak answer's card is due again soon. And the same without a microphone,
 * typed.
 */
class MockInterviewBrowserTests extends BrowserTest {

    /** Records every text the page asks speech synthesis to speak, then lets it speak. */
    private static final String SPEECH_SPY = """
            window.__spoken = [];
            if (window.speechSynthesis) {
              const speak = window.speechSynthesis.speak.bind(window.speechSynthesis);
              window.speechSynthesis.speak = (utterance) => { window.__spoken.push(utterance.text); speak(utterance); };
            }""";

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Autowired
    Curriculum curriculum;

    @Test
    void aLearnerRunsAWholeMockAloudGradesItAndTheWeakAnswerComesBackSoon() {
        var learner = learnerInWeekEight();
        page.addInitScript(SPEECH_SPY);
        signIn(learner.email(), AccountFixtures.PASSWORD);

        startMock(page, 2);
        var prompts = new java.util.ArrayList<String>();
        for (var number = 1; number <= 2; number++) {
            assertThat(page.locator("#mock-number")).hasText(String.valueOf(number));
            page.locator("#mock-ask").click();
            assertThat(page.locator("#mock-next")).isVisible();
            assertThat(page.locator("#mock-recorder")).isVisible();
            prompts.add(page.locator("#mock-prompt").textContent().strip());
            @SuppressWarnings("unchecked")
            var spoken = (List<String>) page.evaluate("window.__spoken");
            assertThat(spoken).as("each question read aloud").containsExactlyElementsOf(prompts);
            page.waitForTimeout(2500);
            page.keyboard().press("n");
            if (number < 2) {
                assertThat(page.locator("#mock-ask")).isVisible();
            }
        }

        assertThat(page.locator("h1")).hasText("Grade your answers");

        var audio = page.locator("article#question-1 audio");
        assertThat(audio).hasCount(1);
        var recording = page.request().get(url(audio.getAttribute("src")));
        assertThat(recording.status()).isEqualTo(200);
        assertThat(recording.headers().get("content-type")).startsWith("audio/");
        assertThat(recording.body().length).isGreaterThan(1000);
        assertThat((Boolean) page.evaluate("""
                () => new Promise(done => {
                  const audio = document.querySelector('article#question-1 audio');
                  audio.addEventListener('loadedmetadata', () => done(true), { once: true });
                  audio.addEventListener('error', () => done(false), { once: true });
                  audio.preload = 'auto';
                  audio.load();
                })""")).as("the recording plays back").isTrue();

        var first = page.locator("article#question-1 input[type=checkbox]");
        for (var index = 0; index < first.count(); index++) {
            first.nth(index).check();
        }
        page.locator("article#question-2 input[type=checkbox]").evaluateAll("boxes => boxes.forEach(box => box.checked = false)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the grades and see the report")).click();

        assertThat(page.locator("h1")).hasText("Mock interview report");
        assertThat(page.locator("table.results tbody tr")).hasCount(2);
        assertThat(page.locator("table.results tbody tr").first().locator("td").nth(2)).hasText("100%");
        assertThat(page.locator("table.results tbody tr").nth(1).locator("ul.missed li").first()).isVisible();
        assertThat(page.locator("#mock-print")).isVisible();

        var weak = slug(learner.id(), 2);
        var due = database.sql("SELECT due FROM review.card WHERE learner_id = :learner AND question_slug = :question")
                .param("learner", learner.id()).param("question", weak).query(OffsetDateTime.class).single();
        assertThat(Duration.between(Instant.now(), due.toInstant())).as("the weak answer is due again soon")
                .isLessThan(Duration.ofDays(1));
    }

    @Test
    void withoutAMicrophoneTheLearnerTypesAndGetsSuggestedTicks() {
        var learner = learnerInWeekEight();
        try (var playwright = Playwright.create();
             var silent = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(java.nio.file.Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                     .setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking")))) {
            var context = silent.newContext(new Browser.NewContextOptions().setLocale("en-US"));
            var typing = context.newPage();
            // no microphone at all: what a machine without one, or a refusal, gives the page
            typing.addInitScript("""
                    if (navigator.mediaDevices) {
                      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('No microphone', 'NotFoundError'));
                    }""");
            typing.navigate(url("/sign-in?lang=en"));
            typing.getByLabel("Email").fill(learner.email());
            typing.getByLabel("Password").fill(AccountFixtures.PASSWORD);
            typing.locator("main").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Sign in")).click();
            typing.waitForURL(java.util.regex.Pattern.compile(".*/(today|welcome)$"));

            startMock(typing, 1);
            typing.locator("#mock-ask").click();
            assertThat(typing.locator("#mock-mode")).containsText("No microphone");
            assertThat(typing.locator("#mock-text")).isVisible();
            var question = curriculum.question("backend-8-weeks", slug(learner.id(), 1)).orElseThrow();
            typing.locator("#mock-text").fill("My answer: " + question.keyPoints().getFirst().terms().getFirst());
            typing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();

            assertThat(typing.locator("h1")).hasText("Grade your answers");
            assertThat(typing.locator("article#question-1 blockquote.written")).containsText("My answer");
            assertThat(typing.locator("article#question-1 input[type=checkbox]").first()).isChecked();
        }
    }

    private AccountFixtures.Learner learnerInWeekEight() {
        return new AccountFixtures(accounts, database)
                .learner("en", ZoneId.of("Asia/Tashkent"), LocalDate.now(ZoneId.of("Asia/Tashkent")).minusDays(51));
    }

    private void startMock(Page on, int questions) {
        on.navigate(url("/mock-interviews?lang=en"));
        on.getByLabel("Questions").fill(String.valueOf(questions));
        on.getByLabel("Think time (seconds)").fill("0");
        on.getByLabel("Answer time (seconds)").fill("30");
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the mock interview")).click();
        assertThat(on.locator("#mock-ask")).isVisible();
    }

    /** The question at this place of the learner's latest mock. */
    private String slug(UUID learner, int number) {
        return database.sql("""
                SELECT sheet -> 'questions' -> CAST(:index AS int) ->> 'slug' FROM assessment.mock_interview
                WHERE learner_id = :learner ORDER BY started_at DESC LIMIT 1""")
                .param("index", number - 1).param("learner", learner).query(String.class).single();
    }
}
