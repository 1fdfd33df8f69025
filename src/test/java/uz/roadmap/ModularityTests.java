package uz.roadmap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules keep their boundaries, and their documentation is generated from the
 * code into {@code docs/modules}.
 */
class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(RoadmapApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    /**
     * Writes the documentation afresh, and replaces a file in {@code docs/modules} only when what it says
     * changed: the generator lists a module's relations and events in no fixed order, and a file that
     * differs in its order alone is left as it is.
     */
    @Test
    void documentationIsWrittenFromTheCode(@TempDir Path written) throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        Files.createDirectories(DOCS);
        try (var files = Files.list(written)) {
            for (var file : files.toList()) {
                var kept = DOCS.resolve(file.getFileName().toString());
                if (!Files.exists(kept) || !sortedLines(kept).equals(sortedLines(file))) {
                    Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            // in a canvas, the first item of a table cell carries the cell's bar
            return lines.map(line -> line.startsWith("|* ") ? line.substring(1) : line).sorted().toList();
        }
    }
}
