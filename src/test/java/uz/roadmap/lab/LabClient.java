package uz.roadmap.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A learner's client of the labs' REST API, as tests use it: submit, then wait for the verdict. */
final class LabClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String token;

    LabClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    JsonNode judge(String lab, String sql) throws Exception {
        return verdict(lab, submit(lab, sql));
    }

    String submit(String lab, String sql) throws Exception {
        var response = send("POST", "/api/v1/labs/" + lab + "/submissions", body(sql));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).path("id").asString();
    }

    JsonNode verdict(String lab, String id) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            var response = send("GET", "/api/v1/labs/" + lab + "/submissions/" + id, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            var submission = JSON.readTree(response.body());
            if (!submission.path("pending").asBoolean() || System.nanoTime() > deadline) {
                return submission;
            }
            Thread.sleep(100);
        }
    }

    static String body(String sql) {
        return JSON.writeValueAsString(Map.of("sql", sql));
    }

    HttpResponse<String> send(String method, String path, @Nullable String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        return http.send(request.build(), BodyHandlers.ofString());
    }
}
