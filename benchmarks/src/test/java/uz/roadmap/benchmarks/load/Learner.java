package uz.roadmap.benchmarks.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A learner made for the load test the way a person and their client would: signs up on the web
 * form in a browser (which keeps the form's session cookie), then, as an API client of its own that
 * keeps no cookies, takes a bearer token from the REST API and starts learning questions of the
 * roadmap. An API client never carries the browser's session: with it, {@code POST /api/v1/auth/tokens}
 * would be a session request without a CSRF token, and refused.
 */
record Learner(String token, List<String> cards) {

    private static final String ROADMAP = "backend-8-weeks";
    private static final String PASSWORD = "load-test-password-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Signs up as {@code email}, signs in and introduces a card for each of the first {@code cards} questions. */
    static Learner signUp(String baseUrl, String email, int cards) {
        try (var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                var api = HttpClient.newHttpClient()) {
            var form = send(browser, HttpRequest.newBuilder(URI.create(baseUrl + "/sign-up")).GET(), 200);
            var csrf = CSRF.matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-up page");
            }
            send(browser, HttpRequest.newBuilder(URI.create(baseUrl + "/sign-up"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString(formData(Map.of("email", email, "displayName", "Load test",
                            "password", PASSWORD, "_csrf", csrf.group(1))))), 302);

            var token = json(api, HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(JSON.createObjectNode().put("email", email).put("password", PASSWORD)
                            .toString()))).path("accessToken").asText();

            var questions = json(api, HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/roadmaps/" + ROADMAP
                    + "/questions?size=" + cards)).GET()).path("items");
            var ids = new ArrayList<String>();
            for (var question : questions) {
                var card = json(api, HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/cards"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(JSON.createObjectNode().put("roadmap", ROADMAP)
                                .put("question", question.path("slug").asText()).toString())));
                ids.add(card.path("id").asText());
            }
            return new Learner(token, List.copyOf(ids));
        }
    }

    private static JsonNode json(HttpClient client, HttpRequest.Builder request) {
        try {
            return JSON.readTree(send(client, request.header("Accept", "application/json"), 200));
        }
        catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String send(HttpClient client, HttpRequest.Builder request, int expectedStatus) {
        try {
            var response = client.send(request.build(), BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        }
        catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static String formData(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
