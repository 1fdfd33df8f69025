package uz.roadmap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import uz.roadmap.FullStackTest;

/**
 * Signing in with a form: wrong passwords are throttled per account and address, temporarily, and
 * without locking the account for anyone else; no answer reveals whether an account exists.
 */
@FullStackTest
@TestPropertySource(properties = "roadmap.sign-in.window=5s")
class SignInTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Test
    void theRightPasswordSignsInAndTheHashIsAllTheDatabaseKeeps() throws Exception {
        var email = newLearner();

        var response = signIn(email, PASSWORD, "203.0.113.1");

        assertThat(response.headers().firstValue("Location")).as("a learner who has not said when they start is asked")
                .hasValue("http://127.0.0.1:" + port + "/welcome");
        var stored = database.sql("SELECT password_hash FROM account.account WHERE email = :email")
                .param("email", email).query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() throws Exception {
        var email = newLearner();

        var wrongPassword = signIn(email, "not the password at all", "203.0.113.2");
        var unknownEmail = signIn("nobody-" + UUID.randomUUID() + "@example.com", PASSWORD, "203.0.113.2");

        assertThat(wrongPassword.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/sign-in?error"));
        assertThat(unknownEmail.headers().firstValue("Location")).isEqualTo(wrongPassword.headers().firstValue("Location"));
    }

    @Test
    void tenWrongPasswordsThrottleThatAddressForAWhileOnly() throws Exception {
        var email = newLearner();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(signIn(email, "wrong password " + attempt, "203.0.113.3").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in?error"));
        }

        var throttled = signIn(email, PASSWORD, "203.0.113.3");
        var fromElsewhere = signIn(email, PASSWORD, "198.51.100.7");

        assertThat(throttled.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/sign-in?throttled="));
        assertThat(fromElsewhere.headers().firstValue("Location")).hasValue("http://127.0.0.1:" + port + "/welcome");

        Thread.sleep(5_500);
        assertThat(signIn(email, PASSWORD, "203.0.113.3").headers().firstValue("Location"))
                .hasValue("http://127.0.0.1:" + port + "/welcome");
    }

    @Test
    void guessingOneAccountsPasswordFromManyAddressesIsSlowedDownAndTheOwnerIsTold() throws Exception {
        var email = newLearner();
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(signIn(email, "wrong password " + attempt, "192.0.2." + (10 + attempt)).headers()
                    .firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in?error"));
        }

        var slowed = signIn(email, "another wrong one", "192.0.2.99");
        assertThat(slowed.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/sign-in?throttled="));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(signIn(email, PASSWORD, "192.0.2.100").headers().firstValue("Location"))
                        .hasValue("http://127.0.0.1:" + port + "/profile?failedSignIns=6"));
    }

    @Test
    void signingUpTwiceWithOneEmailRevealsNothingAndChangesNothing() throws Exception {
        var email = newLearner();
        var before = database.sql("SELECT password_hash FROM account.account WHERE email = :email")
                .param("email", email).query(String.class).single();

        var again = accounts.signUp(email.toUpperCase(), "another long passphrase", "Someone else", "en");

        assertThat(again).isEmpty();
        assertThat(database.sql("SELECT password_hash FROM account.account WHERE lower(email) = :email")
                .param("email", email).query(String.class).list()).containsExactly(before);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        var response = browser.send(HttpRequest.newBuilder(uri("/sign-up"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("email=x%40example.com&displayName=X&password=" + PASSWORD.replace(' ', '+')))
                .build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aBrowserSessionReadsTheApiButCannotChangeAnythingThroughItWithoutTheCsrfToken() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, newLearner(), PASSWORD, "203.0.113.9");

        var read = browser.send(HttpRequest.newBuilder(uri("/api/v1/account/profile")).build(), BodyHandlers.ofString());
        var forged = browser.send(HttpRequest.newBuilder(uri("/api/v1/review-settings"))
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"desiredRetention\":0.7,\"dailyReviewLimit\":1,\"loadBalancing\":false,"
                        + "\"easyDays\":[]}"))
                .build(), BodyHandlers.ofString());

        assertThat(read.statusCode()).as("the data download link of the profile page").isEqualTo(200);
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void anyOtherAuthorizationHeaderDoesNotExcuseASessionFromItsCsrfToken() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, newLearner(), PASSWORD, "203.0.113.10");

        for (var header : new String[] { "Basic eDp5", "Digest x", "Token abc" }) {
            var forged = browser.send(HttpRequest.newBuilder(uri("/api/v1/review-settings"))
                    .header("Content-Type", "application/json").header("Authorization", header)
                    .PUT(BodyPublishers.ofString("{\"desiredRetention\":0.7,\"dailyReviewLimit\":1,\"loadBalancing\":false,"
                            + "\"easyDays\":[]}"))
                    .build(), BodyHandlers.ofString());
            assertThat(forged.statusCode()).as(header).isEqualTo(403);
        }
    }

    @Test
    void theCsrfTokenIsNotTakenFromTheQueryString() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = browser.send(HttpRequest.newBuilder(uri("/sign-up")).build(), BodyHandlers.ofString());
        var token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();

        var inTheQuery = browser.send(HttpRequest.newBuilder(uri("/sign-up?_csrf=" + encode(token.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("email=q%40example.com&displayName=Q&password=" + PASSWORD.replace(' ', '+')))
                .build(), BodyHandlers.ofString());

        assertThat(inTheQuery.statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousApiCallsStartNoSessionAndAKeptFormCookieDoesNotBlockSigningIn() throws Exception {
        var email = newLearner();
        var api = HttpClient.newHttpClient();
        var credentials = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
        var refused = api.send(HttpRequest.newBuilder(uri("/api/v1/account/profile")).build(), BodyHandlers.discarding());
        var wrong = api.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(credentials.replace(PASSWORD, "not the password"))).build(), BodyHandlers.discarding());
        var roadmaps = api.send(HttpRequest.newBuilder(uri("/api/v1/roadmaps")).build(), BodyHandlers.discarding());
        for (var response : List.of(refused, wrong, roadmaps)) {
            assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().getPath())
                    .noneMatch(cookie -> cookie.startsWith("SESSION") || cookie.startsWith("JSESSIONID"));
        }

        // a script that went through the sign-up form first and kept its cookie
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        browser.send(HttpRequest.newBuilder(uri("/sign-up")).build(), BodyHandlers.discarding());
        var tokens = browser.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(credentials)).build(), BodyHandlers.discarding());
        assertThat(tokens.statusCode()).isEqualTo(200);
    }

    @Test
    void behindTlsTheSessionCookieIsSecureAndHstsIsSentAndOnlyMockInterviewsMayUseTheMicrophone() throws Exception {
        var overTls = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("X-Forwarded-Proto", "https").build(), BodyHandlers.ofString());
        var plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/sign-in")).build(), BodyHandlers.ofString());
        var mock = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/mock-interviews")).build(),
                BodyHandlers.discarding());

        assertThat(overTls.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("microphone=()", "camera=()"));
        assertThat(mock.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("microphone=(self)"));
    }

    private String newLearner() {
        var email = "learner-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(email, PASSWORD, "Aziza", "uz")).isEmpty();
        return email;
    }

    /** Opens the sign-in page, then posts the form with its CSRF token, as a browser at that address would. */
    private HttpResponse<String> signIn(String email, String password, String address) throws Exception {
        return signIn(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), email, password, address);
    }

    private HttpResponse<String> signIn(HttpClient browser, String email, String password, String address) throws Exception {
        var page = browser.send(HttpRequest.newBuilder(uri("/sign-in")).header("X-Forwarded-For", address).build(),
                BodyHandlers.ofString());
        var token = CSRF.matcher(page.body());
        assertThat(token.find()).as("CSRF token on the sign-in page").isTrue();
        var form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        return browser.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(BodyPublishers.ofString(form))
                .build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
