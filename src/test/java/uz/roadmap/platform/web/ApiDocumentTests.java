package uz.roadmap.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.FullStackTest;

/**
 * The OpenAPI document tells the truth: it passes Redocly's recommended lint with no error, every
 * operation declares the security the server really applies, and the committed copy that clients
 * are generated from ({@code docs/api/openapi.json}) is the document the server serves.
 */
@FullStackTest
class ApiDocumentTests {

    static final Path COMMITTED = Path.of("docs/api/openapi.json");
    private static final Path LINT = Path.of("tools/openapi-lint");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private JsonNode document = JSON.createObjectNode();

    @BeforeEach
    void fetchTheDocument() throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        document = JSON.readTree(response.body());
    }

    @Test
    void passesRedoclysRecommendedLintWithoutErrors() throws Exception {
        var file = Path.of("target/openapi/openapi.json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(document));
        installTheLinter();

        var report = file.resolveSibling("lint.json");
        var exitCode = run(List.of("node_modules/.bin/redocly", "lint", "--format=json", file.toString()), report);
        var result = JSON.readTree(Files.readString(report));

        var errors = result.path("problems").valueStream()
                .filter(problem -> "error".equals(problem.path("severity").asString()))
                .map(problem -> problem.path("ruleId").asString() + ": " + problem.path("message").asString() + " at "
                        + problem.path("location").path(0).path("pointer").asString())
                .toList();
        assertThat(errors).as("lint errors").isEmpty();
        assertThat(result.path("totals").path("errors").asInt(-1)).isZero();
        assertThat(exitCode).as("redocly's exit code").isZero();
    }

    @Test
    void everyOperationDeclaresTheSecurityTheServerApplies() throws Exception {
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        var client = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255); // a budget of its own
        var wrong = new ArrayList<String>();
        var publicOperations = new ArrayList<String>();
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                var method = operation.getKey().toUpperCase();
                var security = operation.getValue().path("security");
                assertThat(security.isArray()).as("%s %s declares its security", method, path.getKey()).isTrue();
                var isPublic = security.isEmpty();
                if (isPublic) {
                    publicOperations.add(method + " " + path.getKey());
                }
                var anonymous = http.send(HttpRequest.newBuilder(uri(concrete(path.getKey())))
                        .method(method, method.equals("GET") || method.equals("DELETE") ? BodyPublishers.noBody()
                                : BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-Forwarded-For", client)
                        .build(), BodyHandlers.discarding()).statusCode();
                if (isPublic == (anonymous == 401) || anonymous == 429) {
                    wrong.add("%s %s: documented %s, answered %d without a token".formatted(method, path.getKey(),
                            isPublic ? "public" : "bearer", anonymous));
                }
                if (!isPublic) {
                    assertThat(operation.getValue().path("responses").has("401")).as("%s %s documents 401", method,
                            path.getKey()).isTrue();
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(publicOperations).contains("POST /api/v1/auth/tokens", "GET /api/v1/server-info",
                "GET /api/v1/roadmaps/{roadmap}/questions");
    }

    @Test
    void theCommittedDocumentIsTheOneServed() throws Exception {
        var served = JSON.writeValueAsString(document) + "\n";
        var committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        if (!served.equals(committed)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served);
        }
        assertThat(committed).as("%s is the document the server serves (it has now been rewritten: review the "
                + "change and commit it)", COMMITTED).isEqualTo(served);
    }

    /** The path with every parameter filled in by a value of its kind. */
    private static String concrete(String path) {
        var values = Map.of("{roadmap}", "backend-8-weeks", "{number}", "1", "{slug}", "tcp-udp", "{week}", "1");
        var concrete = path;
        for (var value : values.entrySet()) {
            concrete = concrete.replace(value.getKey(), value.getValue());
        }
        return concrete.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Once per machine: npm ci from the committed lock file; afterwards it works offline. */
    private static void installTheLinter() throws IOException, InterruptedException {
        if (!Files.isExecutable(LINT.resolve("node_modules/.bin/redocly"))) {
            var log = Path.of("target/openapi/npm-ci.log").toAbsolutePath();
            assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), log)).as("npm ci in %s, see %s", LINT, log)
                    .isZero();
        }
    }

    private static int run(List<String> command, Path output) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).directory(LINT.toFile())
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.getOutputStream().close();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        return process.exitValue();
    }
}
