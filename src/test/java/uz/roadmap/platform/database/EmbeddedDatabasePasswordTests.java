package uz.roadmap.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uz.roadmap.RoadmapApplication;

/**
 * Local mode's embedded PostgreSQL refuses a login without its password, which only the owner of
 * the data folder can read; a data folder made before passwords were required keeps its data and
 * gets the password on its first start.
 */
class EmbeddedDatabasePasswordTests {

    @TempDir
    Path dataDir;

    @Test
    void aNewDatabaseRefusesALoginWithoutItsPassword() throws Exception {
        try (var application = start()) {
            var port = application.getBean(EmbeddedPostgres.class).getPort();

            assertRefused(port, "");
            assertRefused(port, "guessed");
            assertThat(canSignIn(port, password())).isTrue();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("postgres.password"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aDataFolderFromBeforePasswordsKeepsItsDataAndThenRequiresThePassword() throws Exception {
        var note = UUID.randomUUID();
        try (var old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
                var connection = old.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA probe");
            statement.execute("CREATE TABLE probe.upgrade_probe (note uuid PRIMARY KEY)");
            statement.execute("INSERT INTO probe.upgrade_probe VALUES ('" + note + "')");
            assertThat(canSignIn(old.getPort(), "")).as("before: anyone may sign in").isTrue();
        }

        try (var application = start()) {
            var notes = application.getBean(JdbcClient.class).sql("SELECT note FROM probe.upgrade_probe").query(UUID.class).list();
            assertThat(notes).containsExactly(note);
            var port = application.getBean(EmbeddedPostgres.class).getPort();
            assertRefused(port, "");
            assertThat(canSignIn(port, password())).isTrue();
        }

        try (var restarted = start()) {
            assertThat(restarted.getBean(JdbcClient.class).sql("SELECT count(*) FROM probe.upgrade_probe").query(Long.class)
                    .single()).isOne();
            assertRefused(restarted.getBean(EmbeddedPostgres.class).getPort(), "");
        }
    }

    private String password() throws Exception {
        return Files.readString(dataDir.resolve("postgres.password")).strip();
    }

    private static void assertRefused(int port, String password) {
        assertThatThrownBy(() -> canSignIn(port, password)).as("signing in with the password '%s'", password)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    private static boolean canSignIn(int port, String password) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres",
                password)) {
            return connection.isValid(5);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RoadmapApplication.class).run("--server.port=0", "--spring.grpc.server.port=0",
                "--roadmap.data-dir=" + dataDir, "--spring.main.banner-mode=off", "--roadmap.content.import-on-start=false");
    }
}
