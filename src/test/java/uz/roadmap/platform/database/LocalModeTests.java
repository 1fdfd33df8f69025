package uz.roadmap.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.roadmap.RoadmapApplication;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.plan.StudyTimer;

/**
 * Local mode needs nothing installed: it runs its own PostgreSQL, whose data survives a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalModeTests {

    @TempDir
    Path dataDir;

    @Test
    void startsWithoutExternalServicesAndKeepsDataAcrossRestarts() throws Exception {
        var note = UUID.randomUUID();

        try (var first = start()) {
            assertThat(get(first, "/")).contains("Backend Roadmap");
            assertThat(get(first, "/api/v1/server-info")).contains("\"mode\":\"local\"");
            var database = first.getBean(JdbcClient.class);
            database.sql("CREATE TABLE persistence_probe (note uuid PRIMARY KEY)").update();
            database.sql("INSERT INTO persistence_probe VALUES (:note)").param("note", note).update();
            assertThat(studyTimeWrittenAtOnce(first)).as("the study timer writes straight to PostgreSQL").isPositive();
        }

        try (var second = start()) {
            var notes = second.getBean(JdbcClient.class).sql("SELECT note FROM persistence_probe").query(UUID.class).list();
            assertThat(notes).containsExactly(note);
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataFolderSaysSoInALine(CapturedOutput output) throws Exception {
        try (var first = start()) {
            assertThatThrownBy(this::start).hasRootCauseInstanceOf(DataFolderInUseException.class);

            assertThat(output).contains("Another instance of Backend Roadmap is using the data folder " + dataDir + ".")
                    .contains("ROADMAP_DATA_DIR=")
                    .doesNotContain("\tat ", "epg-lock", "Error creating bean");
            assertThat(get(first, "/")).as("the first instance runs on").contains("Backend Roadmap");
        }
    }

    /** Rows of study time in PostgreSQL right after a learner started and stopped the timer. */
    private static long studyTimeWrittenAtOnce(ConfigurableApplicationContext application) throws InterruptedException {
        var accounts = application.getBean(AccountManagement.class);
        var timer = application.getBean(StudyTimer.class);
        var email = "local-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(email, "a long enough passphrase", "Aziza", "uz")).isEmpty();
        var database = application.getBean(JdbcClient.class);
        var learner = database.sql("SELECT id FROM account.account WHERE email = :email").param("email", email)
                .query(UUID.class).single();
        timer.start(learner);
        Thread.sleep(5); // some time to count
        timer.stop(learner);
        return database.sql("SELECT count(*) FROM plan.study_time WHERE learner_id = :learner").param("learner", learner)
                .query(Long.class).single();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RoadmapApplication.class).run("--server.port=0", "--spring.grpc.server.port=0",
                "--roadmap.data-dir=" + dataDir, "--spring.main.banner-mode=off");
    }

    private static String get(ConfigurableApplicationContext application, String path) throws Exception {
        var port = ((WebServerApplicationContext) application).getWebServer().getPort();
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
