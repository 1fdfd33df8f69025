package uz.roadmap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.BearerToken;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.grpc.v1.AccountServiceGrpc;
import uz.roadmap.grpc.v1.GetProfileRequest;

/**
 * API clients sign in for a short-lived access token and a one-use refresh token. Tampered,
 * expired and revoked tokens are refused with 401 problem details; a refresh token used twice
 * revokes its whole family.
 */
@FullStackTest
@RecordApplicationEvents
class TokenApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    JdbcClient database;

    @Autowired
    GrpcTestChannel grpc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAccessTokenOpensTheLearnersOwnProfile() throws Exception {
        var tokens = signIn(newLearner());

        var profile = get("/api/v1/account/profile", tokens.path("accessToken").asString());

        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(profile.body()).path("displayName").asString()).isEqualTo("Aziza");
        assertThat(tokens.path("tokenType").asString()).isEqualTo("Bearer");
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemDetails() throws Exception {
        var response = get("/api/v1/account/profile", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("type").asString()).isEqualTo("/problems/unauthenticated");
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        var access = signIn(newLearner()).path("accessToken").asString();
        var parts = access.split("\\.");
        var otherSubject = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"sub\":\"" + UUID.randomUUID() + "\",\"roles\":[\"ADMIN\"]}").getBytes());

        var response = get("/api/v1/account/profile", parts[0] + "." + otherSubject + "." + parts[2]);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_token"));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        var email = newLearner();
        var account = database.sql("SELECT id FROM account.account WHERE email = :email").param("email", email)
                .query(UUID.class).single();
        var past = Instant.now().minusSeconds(3600);
        var expired = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(TokenKeys.ALGORITHM).build(),
                JwtClaimsSet.builder().issuer(Tokens.ISSUER).subject(account.toString()).issuedAt(past)
                        .expiresAt(past.plusSeconds(900)).claim(Tokens.ROLES, List.of("LEARNER")).build()))
                .getTokenValue();

        assertThat(get("/api/v1/account/profile", expired).statusCode()).isEqualTo(401);
    }

    @Test
    void aRefreshTokenRotatesAndCannotBeReused() throws Exception {
        var first = signIn(newLearner());
        var firstRefresh = first.path("refreshToken").asString();

        var second = post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + firstRefresh + "\"}");
        assertThat(second.statusCode()).isEqualTo(200);
        var secondRefresh = JSON.readTree(second.body()).path("refreshToken").asString();
        assertThat(secondRefresh).isNotEqualTo(firstRefresh);

        var replay = post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + firstRefresh + "\"}");
        assertThat(replay.statusCode()).isEqualTo(401);
        var afterReplay = post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + secondRefresh + "\"}");
        assertThat(afterReplay.statusCode()).as("the family is revoked after a replay").isEqualTo(401);
    }

    @Test
    void aRevokedRefreshTokenIsRefused() throws Exception {
        var refresh = signIn(newLearner()).path("refreshToken").asString();

        assertThat(post("/api/v1/auth/revoke", "{\"refreshToken\":\"" + refresh + "\"}").statusCode()).isEqualTo(204);
        assertThat(post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongCredentialsGet401AndTokensAreStoredOnlyAsHashes() throws Exception {
        var email = newLearner();
        var wrong = post("/api/v1/auth/tokens", "{\"email\":\"" + email + "\",\"password\":\"not the password!\"}");
        var refresh = signIn(email).path("refreshToken").asString();

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(database.sql("SELECT count(*) FROM account.refresh_token WHERE token_hash = :token")
                .param("token", refresh).query(Long.class).single()).isZero();
        assertThat(database.sql("SELECT count(*) FROM account.refresh_token WHERE token_hash = :hash")
                .param("hash", Tokens.hash(refresh)).query(Long.class).single()).isOne();
    }

    @Test
    void grpcCallsNeedTheSameBearerToken() throws Exception {
        var access = signIn(newLearner()).path("accessToken").asString();
        var anonymous = AccountServiceGrpc.newBlockingStub(grpc.channel());
        var signedIn = anonymous.withCallCredentials(new BearerToken(access));

        assertThat(signedIn.getProfile(GetProfileRequest.getDefaultInstance()).getDisplayName()).isEqualTo("Aziza");
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> anonymous.getProfile(GetProfileRequest.getDefaultInstance()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> anonymous.withCallCredentials(new BearerToken(access + "x"))
                        .getProfile(GetProfileRequest.getDefaultInstance()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void aLearnerDownloadsAllTheirDataAndDeletesEverything() throws Exception {
        var email = newLearner();
        var tokens = signIn(email);
        var access = tokens.path("accessToken").asString();

        var export = get("/api/v1/account/export", access);
        assertThat(export.statusCode()).isEqualTo(200);
        var data = JSON.readTree(export.body());
        assertThat(data.path("account").path("email").asString()).isEqualTo(email);
        assertThat(data.path("account").path("profile").path("timeZone").asString()).isEqualTo("Asia/Tashkent");
        assertThat(export.body()).doesNotContain(PASSWORD).doesNotContain("password");

        var deletion = http.send(HttpRequest.newBuilder(uri("/api/v1/account")).header("Authorization", "Bearer " + access)
                .DELETE().build(), BodyHandlers.ofString());

        assertThat(deletion.statusCode()).isEqualTo(204);
        assertThat(database.sql("SELECT count(*) FROM account.account WHERE email = :email").param("email", email)
                .query(Long.class).single()).isZero();
        assertThat(post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + tokens.path("refreshToken").asString() + "\"}")
                .statusCode()).isEqualTo(401);
        assertThat(signInStatus(email)).isEqualTo(401);
    }

    @Test
    void deletingAnAccountEndsEveryTokenAtOnceAndLeavesNoRowOfIt() throws Exception {
        var email = newLearner();
        var account = database.sql("SELECT id FROM account.account WHERE email = :email").param("email", email)
                .query(UUID.class).single();
        var tokens = signIn(email);
        var access = tokens.path("accessToken").asString();
        var personal = personalAccessToken(access, "full");
        assertThat(send("PUT", "/api/v1/answers/draft", access,
                "{\"roadmap\":\"backend-8-weeks\",\"question\":\"tcp-three-way-handshake\",\"text\":\"SYN\"}")
                .statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/study-timer/start", access, "").statusCode()).isEqualTo(200);

        assertThat(send("DELETE", "/api/v1/account", access, "").statusCode()).isEqualTo(204);

        assertThat(get("/api/v1/account/profile", access).statusCode()).as("access token").isEqualTo(401);
        assertThat(send("POST", "/api/v1/study-timer/start", access, "").statusCode()).as("a write").isEqualTo(401);
        assertThat(get("/api/v1/account/profile", personal).statusCode()).as("personal access token").isEqualTo(401);
        assertThat(post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + tokens.path("refreshToken").asString() + "\"}")
                .statusCode()).as("refresh token").isEqualTo(401);
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> AccountServiceGrpc.newBlockingStub(grpc.channel())
                        .withCallCredentials(new BearerToken(access)).getProfile(GetProfileRequest.getDefaultInstance()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(rowsNaming(account)).as("rows that name the account").isEmpty());
    }

    @Test
    void signingOutEverywhereEndsAccessAndRefreshTokensButNotTheAccount() throws Exception {
        var email = newLearner();
        var first = signIn(email);
        var second = signIn(email);
        var access = first.path("accessToken").asString();

        assertThat(send("POST", "/api/v1/auth/sign-out-everywhere", access, "").statusCode()).isEqualTo(204);

        assertThat(get("/api/v1/account/profile", access).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/account/profile", second.path("accessToken").asString()).statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + second.path("refreshToken").asString() + "\"}")
                .statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/account/profile", signIn(email).path("accessToken").asString()).statusCode())
                .as("a new sign-in works").isEqualTo(200);
    }

    @Test
    void aDisabledAccountOrANewRoleEndsTheTokensOfBefore() throws Exception {
        var email = newLearner();
        var account = database.sql("SELECT id FROM account.account WHERE email = :email").param("email", email)
                .query(UUID.class).single();
        var learnerToken = signIn(email).path("accessToken").asString();
        var personal = personalAccessToken(learnerToken, "read");

        accounts.changeRole(account, Role.MENTOR);
        assertThat(get("/api/v1/account/profile", learnerToken).statusCode()).as("a token of the old role").isEqualTo(401);
        var mentorToken = signIn(email).path("accessToken").asString();
        assertThat(get("/api/v1/cohorts", mentorToken).statusCode()).isEqualTo(200);

        accounts.disable(account);
        assertThat(get("/api/v1/account/profile", mentorToken).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/account/profile", personal).statusCode()).isEqualTo(401);
        assertThat(signInStatus(email)).isEqualTo(401);

        accounts.enable(account);
        assertThat(get("/api/v1/account/profile", personal).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/account/profile", mentorToken).statusCode()).as("still ended").isEqualTo(401);
    }

    @Test
    void deletingAnAccountTellsEveryOtherModule(ApplicationEvents events) {
        var email = newLearner();
        var account = database.sql("SELECT id FROM account.account WHERE email = :email").param("email", email)
                .query(UUID.class).single();

        accounts.delete(account);

        assertThat(events.stream(AccountDeleted.class)).containsExactly(new AccountDeleted(account));
    }

    @Test
    void aPersonalAccessTokenWorksUntilRevokedOrExpiredAndIsShownOnce() throws Exception {
        var access = signIn(newLearner()).path("accessToken").asString();
        var created = http.send(HttpRequest.newBuilder(uri("/api/v1/account/tokens"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + access)
                .POST(BodyPublishers.ofString("{\"name\":\"telegram bot\",\"scope\":\"full\",\"days\":30}")).build(), BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        var secret = JSON.readTree(created.body()).path("secret").asString();
        var id = JSON.readTree(created.body()).path("token").path("id").asString();

        assertThat(secret).startsWith("rmp_");
        assertThat(get("/api/v1/account/profile", secret).statusCode()).isEqualTo(200);
        assertThat(AccountServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(new BearerToken(secret))
                .getProfile(GetProfileRequest.getDefaultInstance()).getDisplayName()).isEqualTo("Aziza");
        assertThat(get("/api/v1/account/tokens", access).body()).contains("telegram bot").doesNotContain(secret);
        assertThat(database.sql("SELECT count(*) FROM account.personal_access_token WHERE token_hash = :hash")
                .param("hash", Tokens.hash(secret)).query(Long.class).single()).isOne();

        database.sql("UPDATE account.personal_access_token SET expires_at = now() - interval '1 minute' WHERE id = :id")
                .param("id", UUID.fromString(id)).update();
        assertThat(get("/api/v1/account/profile", secret).statusCode()).as("expired").isEqualTo(401);

        database.sql("UPDATE account.personal_access_token SET expires_at = now() + interval '1 day' WHERE id = :id")
                .param("id", UUID.fromString(id)).update();
        var revoked = http.send(HttpRequest.newBuilder(uri("/api/v1/account/tokens/" + id))
                .header("Authorization", "Bearer " + access).DELETE().build(), BodyHandlers.discarding());
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/account/profile", secret).statusCode()).as("revoked").isEqualTo(401);
    }

    @Test
    void aPersonalAccessTokenDoesOnlyWhatItsScopeAllows() throws Exception {
        var access = signIn(newLearner()).path("accessToken").asString();
        var read = personalAccessToken(access, "read");
        var review = personalAccessToken(access, "review");
        var full = personalAccessToken(access, "FULL");
        var newToken = "{\"name\":\"child\",\"scope\":\"read\",\"days\":1}";

        assertThat(get("/api/v1/account/profile", read).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/study-timer/start", read, "").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/study-timer/start", review, "").statusCode()).isEqualTo(200);
        for (var limited : List.of(read, review)) {
            var minted = send("POST", "/api/v1/account/tokens", limited, newToken);
            assertThat(minted.statusCode()).isEqualTo(403);
            assertThat(minted.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).contains("insufficient_scope"));
            assertThat(send("DELETE", "/api/v1/account", limited, "").statusCode()).isEqualTo(403);
            assertThat(send("POST", "/api/v1/auth/sign-out-everywhere", limited, "").statusCode()).isEqualTo(403);
            assertThat(send("PUT", "/api/v1/account/profile", limited, "{\"displayName\":\"X\",\"language\":\"en\","
                    + "\"timeZone\":\"UTC\",\"dailyHoursGoal\":6}").statusCode()).isEqualTo(403);
        }
        assertThat(send("POST", "/api/v1/account/tokens", full, newToken).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/account/tokens", access, "{\"name\":\"no scope\",\"days\":1}").statusCode())
                .as("the scope is chosen, never assumed").isEqualTo(400);
        var stub = uz.roadmap.grpc.v1.PlanServiceGrpc.newBlockingStub(grpc.channel());
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> stub.withCallCredentials(new BearerToken(read))
                        .startStudyTimer(uz.roadmap.grpc.v1.StartStudyTimerRequest.getDefaultInstance()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        stub.withCallCredentials(new BearerToken(review)).startStudyTimer(uz.roadmap.grpc.v1.StartStudyTimerRequest.getDefaultInstance());
    }

    @Test
    void anAccessTokenWithoutAnExpiryIsRefused() throws Exception {
        var email = newLearner();
        var account = database.sql("SELECT id FROM account.account WHERE email = :email").param("email", email)
                .query(UUID.class).single();
        var forever = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(TokenKeys.ALGORITHM).build(),
                JwtClaimsSet.builder().issuer(Tokens.ISSUER).subject(account.toString()).issuedAt(Instant.now())
                        .claim(Tokens.ROLES, List.of("LEARNER")).build()))
                .getTokenValue();

        assertThat(get("/api/v1/account/profile", forever).statusCode()).isEqualTo(401);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void passwordsAndTokensNeverReachTheLogs(CapturedOutput logs) throws Exception {
        var email = newLearner();
        var tokens = signIn(email);
        post("/api/v1/auth/tokens", "{\"email\":\"" + email + "\",\"password\":\"a wrong but long password\"}");
        post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + tokens.path("refreshToken").asString() + "\"}");
        var tooLong = "too long to be valid ".repeat(10);
        assertThat(post("/api/v1/auth/tokens", "{\"email\":\"" + email + "\",\"password\":\"" + tooLong + "\"}").statusCode())
                .isEqualTo(400);

        assertThat(logs.getAll()).doesNotContain(PASSWORD, "a wrong but long password", tooLong,
                tokens.path("accessToken").asString(), tokens.path("refreshToken").asString());
    }

    /** Every row, in any module's tables, that has the account's id in one of its columns. */
    private List<String> rowsNaming(UUID account) {
        var columns = database.sql("""
                SELECT table_schema, table_name, column_name FROM information_schema.columns
                WHERE data_type = 'uuid' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")
                .query((row, number) -> List.of(row.getString(1), row.getString(2), row.getString(3))).list();
        return columns.stream()
                .filter(column -> database.sql("SELECT count(*) FROM \"%s\".\"%s\" WHERE \"%s\" = :id"
                        .formatted(column.get(0), column.get(1), column.get(2)))
                        .param("id", account).query(Long.class).single() > 0)
                .map(column -> String.join(".", column))
                .toList();
    }

    private String personalAccessToken(String access, String scope) throws Exception {
        var created = send("POST", "/api/v1/account/tokens", access,
                "{\"name\":\"bot\",\"days\":30,\"scope\":\"" + scope + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return JSON.readTree(created.body()).path("secret").asString();
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, json.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(json)).build(),
                BodyHandlers.ofString());
    }

    private int signInStatus(String email) throws Exception {
        return post("/api/v1/auth/tokens", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").statusCode();
    }

    private String newLearner() {
        var email = "api-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(email, PASSWORD, "Aziza", "uz")).isEmpty();
        return email;
    }

    private JsonNode signIn(String email) throws Exception {
        var response = post("/api/v1/auth/tokens", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
