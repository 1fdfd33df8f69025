package uz.roadmap.curriculum.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.curriculum.ContentImported;
import uz.roadmap.curriculum.ImportReport;
import uz.roadmap.curriculum.InvalidContentException;
import uz.roadmap.curriculum.content.ContentReader;
import uz.roadmap.shared.Sha256;

/**
 * Imports a roadmap folder: reads and validates it, and writes it to the catalog when its
 * checksum differs from the last import's (or when forced). Invalid content is never imported.
 */
@Component
public class ContentImport {

    private final CatalogWriter catalog;
    private final ApplicationEventPublisher events;

    ContentImport(CatalogWriter catalog, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.events = events;
    }

    @Transactional
    public ImportReport importFolder(Path folder, boolean force, Consumer<String> progress) {
        var read = ContentReader.read(folder);
        if (!read.valid()) {
            throw new InvalidContentException(folder, read.problems().stream().map(Object::toString).toList());
        }
        var roadmap = read.roadmap();
        var checksum = checksum(folder);
        catalog.lock(roadmap.slug());
        if (!force && catalog.checksumOf(roadmap.slug()).filter(checksum::equals).isPresent()) {
            progress.accept(roadmap.slug() + " is unchanged");
            return ImportReport.unchangedOf(roadmap.slug());
        }
        var report = catalog.write(roadmap, checksum, progress);
        events.publishEvent(new ContentImported(roadmap.slug(), checksum));
        return report;
    }

    /** A digest of every file of the folder, by relative path and content. */
    static String checksum(Path folder) {
        try (var files = Files.walk(folder)) {
            var digest = Sha256.digest();
            for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes());
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return Sha256.hex(digest.digest());
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
