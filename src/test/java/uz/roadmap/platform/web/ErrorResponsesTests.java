package uz.roadmap.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.FullStackTest;

/**
 * Every client mistake is answered with RFC 9457 problem details of a stable type, and no error
 * reveals internals. The endpoints under {@code /api/v1/probe} exist only in this test.
 */
@FullStackTest
@Import(ErrorResponsesTests.ProbeApi.class)
class ErrorResponsesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownRouteIsNotFoundProblem() throws Exception {
        var response = send(get("/api/v1/no-such-thing"));

        assertProblem(response, 404, "/problems/not-found");
        assertThat(json(response).path("instance").asString()).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void malformedJsonIsBadRequestProblem() throws Exception {
        var response = send(post("/api/v1/probe/echo", "application/json", "{\"name\": \"Aziz\", "));

        assertProblem(response, 400, "/problems/malformed-request");
    }

    @Test
    void invalidFieldsAreListed() throws Exception {
        var response = send(post("/api/v1/probe/echo", "application/json", "{\"name\": \"\", \"hours\": 30}"));

        assertProblem(response, 400, "/problems/validation-failed");
        assertThat(json(response).path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "hours");
    }

    @Test
    void wrongMethodIsMethodNotAllowedProblem() throws Exception {
        var response = send(get("/api/v1/probe/echo"));

        assertProblem(response, 405, "/problems/method-not-allowed");
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaTypeProblem() throws Exception {
        var response = send(post("/api/v1/probe/echo", "text/plain", "name=Aziz"));

        assertProblem(response, 415, "/problems/unsupported-media-type");
    }

    @Test
    void protectedRouteWithoutCredentialsIsUnauthenticatedProblem() throws Exception {
        var response = send(get("/api/v1/probe-private/anything"));

        assertProblem(response, 401, "/problems/unauthenticated");
    }

    @Test
    void serverErrorRevealsNothing() throws Exception {
        var response = send(get("/api/v1/probe/failure"));

        assertProblem(response, 500, "/problems/server-error");
        assertThat(response.body()).doesNotContain("secret internals", "IllegalStateException", "at uz.roadmap");
    }

    @Test
    void problemTitlesFollowTheRequestedLanguage() throws Exception {
        var uzbek = send(get("/api/v1/no-such-thing"));
        var english = send(get("/api/v1/no-such-thing").header("Accept-Language", "en"));

        assertThat(json(uzbek).path("title").asString()).isEqualTo("Topilmadi");
        assertThat(json(english).path("title").asString()).isEqualTo("Not found");
    }

    @Test
    void browsersGetAnErrorPageInTheirLanguage() throws Exception {
        var response = send(get("/no-such-page").header("Accept", "text/html").header("Accept-Language", "en"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Not found", "Back to the home page");
    }

    @Test
    void everyProblemTypeIsDocumented() throws Exception {
        var response = send(get("/problems/rate-limited").header("Accept-Language", "en"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Retry-After");
    }

    @Test
    void onlyConfiguredOriginsMayCallTheApiFromABrowser() throws Exception {
        var allowed = send(preflight("https://app.example.uz"));
        var other = send(preflight("https://evil.example.com"));

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.uz");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpRequest.Builder preflight(String origin) {
        return HttpRequest.newBuilder(uri("/api/v1/account/profile"))
                .method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization");
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("trace", "exception");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbeApi {

        @Bean
        @Order(0)
        SecurityFilterChain probeSecurity(HttpSecurity http) throws Exception {
            return http.securityMatcher("/api/v1/probe/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }

        @Bean
        ProbeController probeController() {
            return new ProbeController();
        }
    }

    @RestController
    @RequestMapping("/api/v1")
    static class ProbeController {

        record Greeting(@NotBlank String name, @Max(12) int hours) {
        }

        @PostMapping("/probe/echo")
        Greeting echo(@Valid @RequestBody Greeting greeting) {
            return greeting;
        }

        @GetMapping("/probe/failure")
        void failure() {
            throw new IllegalStateException("secret internals");
        }

        @GetMapping("/probe-private/anything")
        String anything() {
            return "private";
        }
    }
}
