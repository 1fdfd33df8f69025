package uz.roadmap.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import uz.roadmap.RoadmapApplication;
import uz.roadmap.curriculum.content.ContentReader;

/**
 * The default roadmap ships inside the application; a content folder set explicitly replaces it,
 * and one set but missing stops the start with a line saying so.
 */
@ExtendWith(OutputCaptureExtension.class)
class ContentSourceTests {

    @Test
    void withoutAFolderTheRoadmapShippedInTheApplicationIsRead() {
        var source = ContentSource.of(null);

        var weeks = source.read(folders -> folders.stream()
                .map(folder -> folder.getFileName() + ":" + ContentReader.read(folder).roadmap().weeks().size()).toList());

        assertThat(weeks).containsExactly("backend-8-weeks:8");
        assertThat(source).hasToString("the roadmaps shipped in the application (classpath:roadmaps/)");
    }

    @Test
    void theShippedRoadmapIsTheOneInTheContentFolder() {
        var shipped = ContentSource.of(null).read(folders -> ContentReader.read(folders.getFirst()).roadmap());

        assertThat(shipped).isEqualTo(ContentReader.read(Path.of("content/backend-8-weeks")).roadmap());
    }

    @Test
    void aFolderSetExplicitlyIsReadInstead(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("mine"));
        Files.writeString(folder.resolve("mine/roadmap.yaml"), "slug: mine\n");

        var source = ContentSource.of(folder);

        List<String> names = source.read(folders -> folders.stream().map(roadmap -> roadmap.getFileName().toString()).toList());

        assertThat(names).containsExactly("mine");
        assertThat(source.toString()).contains(folder.toString(), "ROADMAP_CONTENT_DIR");
    }

    @Test
    void aFolderSetButMissingStopsTheStartWithOneLineAndNoStackTrace(CapturedOutput output) {
        var missing = Path.of("/nonexistent/roadmaps");

        assertThatThrownBy(() -> new SpringApplicationBuilder(RoadmapApplication.class)
                .run("--spring.profiles.active=full,test", "--server.port=0", "--roadmap.content.dir=" + missing))
                .hasRootCauseInstanceOf(ContentFolderNotFoundException.class);

        assertThat(output).contains("The content folder /nonexistent/roadmaps (ROADMAP_CONTENT_DIR) does not exist or is not a folder.")
                .contains("unset it to import the roadmap shipped in the application")
                .doesNotContain("\tat ", "Error creating bean");
    }
}
