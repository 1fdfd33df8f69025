package uz.roadmap.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uz.roadmap.RoadmapApplication;

/**
 * {@code java -jar … import} starts the application without its servers and imports the content.
 */
class ImportCommandTests {

    @Test
    void theImportCommandRunsWithoutTheServers() {
        var output = new ByteArrayOutputStream();

        var status = ImportCommand.run(RoadmapApplication.class, new String[] { "--spring.profiles.active=full,test" },
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(status).as(output.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("reading ").contains("week(s)");
    }
}
