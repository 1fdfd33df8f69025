package uz.roadmap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.json.JsonMapper;

/**
 * There is no container engine to run {@code compose.yaml} here, so this keeps it honest against
 * the application: every variable it sets is a real setting, the ports line up from the load
 * balancer to the application, and the services it names are the ones it defines.
 */
class ContainerFilesTests {

    private final Map<String, Object> compose = yaml(Path.of("compose.yaml"));
    private final Map<String, Object> services = map(compose.get("services"));
    private final Map<String, Object> app = map(services.get("app"));
    private final Map<String, Object> environment = map(app.get("environment"));

    @Test
    void definesTheFullStackWithTwoReplicasBehindALoadBalancer() {
        assertThat(services).containsKeys("postgres", "redis", "rabbitmq", "app", "lb");
        assertThat(map(app.get("deploy")).get("replicas")).isEqualTo(2);
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "full");
        assertThat(map(app.get("depends_on"))).containsKeys("postgres", "redis", "rabbitmq");
    }

    @Test
    void everyVariableOfTheApplicationIsARealSetting() throws IOException {
        var known = knownSettings();

        assertThat(environment.keySet()).allSatisfy(variable -> assertThat(known)
                .as("%s is not a setting of the application", variable)
                .contains(variable));
    }

    @Test
    void theApplicationPointsAtTheServicesComposeDefines() {
        var postgres = map(map(services.get("postgres")).get("environment"));
        var rabbitmq = map(map(services.get("rabbitmq")).get("environment"));

        assertThat(environment.get("SPRING_DATASOURCE_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(environment.get("SPRING_DATA_REDIS_URL")).isEqualTo("redis://redis:6379");
        assertThat(environment.get("SPRING_RABBITMQ_HOST")).isEqualTo("rabbitmq");
        assertThat(environment.get("SPRING_RABBITMQ_USERNAME")).isEqualTo(rabbitmq.get("RABBITMQ_DEFAULT_USER"));
        assertThat(environment.get("SPRING_RABBITMQ_PASSWORD")).isEqualTo(rabbitmq.get("RABBITMQ_DEFAULT_PASS"));
    }

    @Test
    void portsLineUpFromLoadBalancerToApplication() throws IOException {
        var settings = applicationSettings();
        var httpPort = String.valueOf(settings.getProperty("server.port"));
        var grpcPort = String.valueOf(settings.getProperty("spring.grpc.server.port"));
        var nginx = Files.readString(Path.of("deploy/nginx.conf"));
        var dockerfile = Files.readString(Path.of("Dockerfile"));

        assertThat(nginx).contains("server app:" + httpPort + ";", "server app:" + grpcPort + ";");
        assertThat(dockerfile).contains("EXPOSE " + httpPort + " " + grpcPort);
        assertThat(map(services.get("lb")).get("volumes").toString()).contains("./deploy/nginx.conf");
    }

    @Test
    void theImageHealthCheckUsesTheLivenessProbe() throws IOException {
        var dockerfile = Files.readString(Path.of("Dockerfile"));

        assertThat(applicationSettings().getProperty("management.endpoint.health.probes.enabled")).isEqualTo(true);
        assertThat(dockerfile).contains("/actuator/health/liveness", "USER 10001");
    }

    @Test
    void theImageBuildsTheContentIntoTheJar() throws IOException {
        var dockerfile = Files.readString(Path.of("Dockerfile"));

        assertThat(applicationSettings().getProperty("roadmap.content.dir")).as("unset: the jar's own roadmap").isNull();
        assertThat(dockerfile.indexOf("COPY content content")).as("the content is in the build stage before packaging")
                .isPositive().isLessThan(dockerfile.indexOf("package"));
    }

    /** Every setting Spring Boot and this application document, spelled as environment variables. */
    private static Set<String> knownSettings() throws IOException {
        var names = new HashSet<String>();
        var json = JsonMapper.builder().build();
        for (var resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (var in = resource.getInputStream()) {
                json.readTree(in).path("properties")
                        .forEach(property -> names.add(asVariable(property.path("name").asString())));
            }
        }
        names.add("SPRING_PROFILES_ACTIVE");
        return names;
    }

    private static String asVariable(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase();
    }

    private static PropertySource<?> applicationSettings() throws IOException {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yaml"));
        return documents.getFirst();
    }

    private static Map<String, Object> yaml(Path file) {
        try (var in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
        catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
