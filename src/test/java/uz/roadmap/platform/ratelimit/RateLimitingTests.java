package uz.roadmap.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestPropertySource;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.RoadmapApplication;
import uz.roadmap.grpc.v1.GetServerInfoRequest;
import uz.roadmap.grpc.v1.ServerInfoServiceGrpc;

/**
 * Budgets are token buckets per client, kept in Redis so that all replicas spend one budget, and
 * kept locally when Redis is gone so that requests are still served.
 */
@FullStackTest
@TestPropertySource(properties = { RateLimitingTests.API_CAPACITY, RateLimitingTests.GRPC_CAPACITY,
        // a long period: on a busy machine the document takes seconds to build, and a minute's refill
        // would hand back a token before the fourth request
        "roadmap.rate-limit.groups.docs.capacity=3", "roadmap.rate-limit.groups.docs.period=1h" })
class RateLimitingTests {

    static final String API_CAPACITY = "roadmap.rate-limit.groups.api.capacity=5";
    static final String GRPC_CAPACITY = "roadmap.rate-limit.groups.grpc.capacity=3";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    GrpcTestChannel grpc;

    @Autowired
    StringRedisTemplate redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void everyClientStartsWithAFullBucket() {
        var keys = redis.keys("rate-limit:*");
        if (!keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    @Test
    void everyPageAndApiOperationSpendsABudget(@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers,
            @Autowired RateLimiter limiter) {
        var unlimited = handlers.getHandlerMethods().keySet().stream()
                .flatMap(mapping -> mapping.getPatternValues().stream())
                .filter(path -> !path.equals("/error"))
                .filter(path -> limiter.groupFor(path.replaceAll("\\{[^}]+}", "x")).isEmpty())
                .toList();

        assertThat(unlimited).isEmpty();
    }

    @Test
    void aBurstOverTheLimitIsRefusedWithRetryAfterAndProblemDetails() throws Exception {
        var responses = IntStream.range(0, 6).mapToObj(i -> serverInfo(port)).toList();

        assertThat(responses.subList(0, 5)).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
        assertThat(responses.get(0).headers().firstValue("RateLimit-Limit")).hasValue("5");
        assertThat(responses.get(0).headers().firstValue("RateLimit-Remaining")).hasValue("4");
        assertThat(responses.get(4).headers().firstValue("RateLimit-Remaining")).hasValue("0");

        var refused = responses.get(5);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
        assertThat(refused.headers().firstValue("RateLimit-Reset")).isPresent();
        assertThat(JSON.readTree(refused.body()).path("type").asString()).isEqualTo("/problems/rate-limited");
    }

    @Test
    void bogusBearerTokensFromOneAddressMeet429BeforeAnyAuthentication() throws Exception {
        var statuses = new java.util.ArrayList<Integer>();
        for (int request = 0; request < 200; request++) {
            statuses.add(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/account/profile"))
                    .header("Authorization", "Bearer bogus-" + request).build(), BodyHandlers.discarding()).statusCode());
        }

        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.indexOf(429)).isBetween(5, 198);
        assertThat(statuses.subList(5, 200)).containsOnly(429);
    }

    @Test
    void theApiDocumentIsLimitedToo() throws Exception {
        var statuses = IntStream.range(0, 4).mapToObj(i -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                        BodyHandlers.discarding()).statusCode();
            }
            catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        }).toList();

        assertThat(statuses.getFirst()).isEqualTo(200);
        assertThat(statuses.getLast()).isEqualTo(429);
    }

    @Test
    void aGrpcBurstOverTheLimitIsResourceExhausted() throws Exception {
        var stub = ServerInfoServiceGrpc.newBlockingStub(grpc.channel());
        for (int call = 0; call < 3; call++) {
            stub.getServerInfo(GetServerInfoRequest.getDefaultInstance());
        }

        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> stub.getServerInfo(GetServerInfoRequest.getDefaultInstance()))
                .satisfies(refused -> {
                    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
                    assertThat(refused.getTrailers().get(RateLimitGrpcInterceptor.RETRY_AFTER)).isNotNull();
                });
        // health checks are never limited
        HealthGrpc.newBlockingStub(grpc.channel()).check(HealthCheckRequest.getDefaultInstance());
    }

    @Test
    void twoReplicasSharingRedisShareOneBudget() {
        try (var replica = startReplica()) {
            var otherPort = ((WebServerApplicationContext) replica).getWebServer().getPort();

            var statuses = IntStream.range(0, 10)
                    .mapToObj(i -> serverInfo(i % 2 == 0 ? port : otherPort).statusCode())
                    .toList();

            assertThat(statuses).filteredOn(status -> status == 200).hasSize(5);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(5);
        }
    }

    @Test
    void withoutRedisRequestsAreStillServedAndHealthSaysDegraded() throws Exception {
        try (var replica = startReplica("spring.data.redis.url=redis://127.0.0.1:1")) {
            var otherPort = ((WebServerApplicationContext) replica).getWebServer().getPort();

            var statuses = IntStream.range(0, 6).mapToObj(i -> serverInfo(otherPort).statusCode()).toList();
            var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + otherPort + "/actuator/health")).build(),
                    BodyHandlers.ofString());

            assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
            assertThat(health.statusCode()).isEqualTo(200);
            var status = JSON.readTree(health.body());
            assertThat(status.path("status").asString()).isEqualTo("DEGRADED");
            assertThat(status.path("components").path("redis").path("status").asString()).isEqualTo("DEGRADED");
        }
    }

    /** Another instance of the application, configured as the one under test unless told otherwise. */
    private static ConfigurableApplicationContext startReplica(String... overrides) {
        var arguments = Stream.concat(Stream.of("server.port=0", "spring.grpc.server.port=0", API_CAPACITY, GRPC_CAPACITY),
                Stream.of(overrides)).map(property -> "--" + property).toArray(String[]::new);
        return new SpringApplicationBuilder(RoadmapApplication.class).profiles("full", "test").run(arguments);
    }

    private HttpResponse<String> serverInfo(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/server-info")).build(),
                    BodyHandlers.ofString());
        }
        catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
