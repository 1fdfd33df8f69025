package uz.roadmap.platform.info;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.grpc.v1.GetServerInfoRequest;
import uz.roadmap.grpc.v1.ServerInfoServiceGrpc;

/**
 * The application's edges answer as a client expects: REST with its OpenAPI 3.1 document and
 * Swagger UI, gRPC with health, reflection and the first service, actuator health naming every
 * backing service.
 */
@FullStackTest
class ServerEdgesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    GrpcTestChannel grpc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void openApiDocumentIsVersion31AndListsTheApi() throws Exception {
        var document = JSON.readTree(get("/v3/api-docs"));

        assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.path("paths").has("/api/v1/server-info")).isTrue();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        var page = http.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build(), BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    void healthShowsEveryBackingServiceUp() throws Exception {
        var health = JSON.readTree(get("/actuator/health"));

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("redis").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("eventBridge").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void metricsAndHealthDetailsAreForAdminsOnly(@Autowired uz.roadmap.account.AccountManagement accounts,
            @Autowired org.springframework.jdbc.core.simple.JdbcClient database) throws Exception {
        var admin = "admin-" + java.util.UUID.randomUUID() + "@example.com";
        var learner = "learner-" + java.util.UUID.randomUUID() + "@example.com";
        accounts.signUp(admin, "a long enough passphrase", "Admin", "en");
        accounts.signUp(learner, "a long enough passphrase", "Learner", "en");
        database.sql("UPDATE account.account SET role = 'ADMIN' WHERE email = :email").param("email", admin).update();
        var adminToken = ((uz.roadmap.account.AccountManagement.Issued) accounts.issueTokens(admin,
                "a long enough passphrase", "127.0.0.1")).tokens().accessToken();
        var learnerToken = ((uz.roadmap.account.AccountManagement.Issued) accounts.issueTokens(learner,
                "a long enough passphrase", "127.0.0.1")).tokens().accessToken();

        assertThat(status("/actuator/prometheus", null)).isEqualTo(401);
        assertThat(status("/actuator/prometheus", learnerToken)).isEqualTo(403);
        assertThat(status("/actuator/prometheus", adminToken)).isEqualTo(200);
        var anonymousHealth = get("/actuator/health");
        assertThat(anonymousHealth).doesNotContain("details", "path");
        var adminHealth = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                .header("Authorization", "Bearer " + adminToken).build(), BodyHandlers.ofString()).body();
        assertThat(JSON.readTree(adminHealth).path("components").path("diskSpace").path("details").isObject()).isTrue();
    }

    private int status(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), BodyHandlers.discarding()).statusCode();
    }

    @Test
    void restServerInfoReportsFullMode() throws Exception {
        var info = JSON.readTree(get("/api/v1/server-info"));

        assertThat(info.path("mode").asString()).isEqualTo("full");
        assertThat(info.path("timeZone").asString()).isEqualTo("Asia/Tashkent");
    }

    @Test
    void grpcHealthCheckIsServing() throws Exception {
        var health = HealthGrpc.newBlockingStub(grpc.channel()).check(HealthCheckRequest.getDefaultInstance());

        assertThat(health.getStatus()).isEqualTo(ServingStatus.SERVING);
    }

    @Test
    void grpcServerInfoCarriesTheServerClock() throws Exception {
        var before = System.currentTimeMillis() / 1000;
        var info = ServerInfoServiceGrpc.newBlockingStub(grpc.channel()).getServerInfo(GetServerInfoRequest.getDefaultInstance());

        assertThat(info.getName()).isEqualTo("backend-roadmap");
        assertThat(info.getMode()).isEqualTo("full");
        assertThat(info.getServerTime().getSeconds()).isBetween(before - 1, before + 60);
    }

    @Test
    void grpcReflectionListsTheServices() throws Exception {
        var services = new ArrayList<String>();
        var done = new CountDownLatch(1);
        var requests = ServerReflectionGrpc.newStub(grpc.channel()).serverReflectionInfo(new StreamObserver<>() {

            @Override
            public void onNext(ServerReflectionResponse response) {
                response.getListServicesResponse().getServiceList().forEach(service -> services.add(service.getName()));
            }

            @Override
            public void onError(Throwable failure) {
                done.countDown();
            }

            @Override
            public void onCompleted() {
                done.countDown();
            }
        });
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
        requests.onCompleted();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(services).contains("roadmap.v1.ServerInfoService", "grpc.health.v1.Health",
                "grpc.reflection.v1.ServerReflection");
    }

    private String get(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
