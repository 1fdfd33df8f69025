package uz.roadmap.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the roadmaps to import are read from: the folder {@code ROADMAP_CONTENT_DIR} names, or else
 * the roadmaps shipped inside the application ({@value #SHIPPED} on the class path, copied there
 * from {@code content/} when the jar is built).
 */
abstract sealed class ContentSource {

    static final String SHIPPED = "roadmaps/";

    /**
     * The folder, when one is set; the shipped roadmaps otherwise.
     *
     * @throws ContentFolderNotFoundException when a folder is set but is not one
     */
    static ContentSource of(@Nullable Path folder) {
        if (folder == null) {
            return new Shipped();
        }
        if (!Files.isDirectory(folder)) {
            throw new ContentFolderNotFoundException(folder);
        }
        return new Folder(folder);
    }

    /** Hands the folders that hold a roadmap (one {@code roadmap.yaml} each) to {@code work}, in order of name. */
    abstract <T> T read(Function<List<Path>, T> work);

    /** Where the content comes from, as an operator reads it in the log. */
    @Override
    public abstract String toString();

    static List<Path> roadmapFolders(Path root) {
        try (var folders = Files.list(root)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("roadmap.yaml"))).sorted().toList();
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static final class Folder extends ContentSource {

        private final Path root;

        Folder(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        @Override
        <T> T read(Function<List<Path>, T> work) {
            return work.apply(roadmapFolders(root));
        }

        @Override
        public String toString() {
            return "the folder " + root + " (ROADMAP_CONTENT_DIR)";
        }
    }

    /**
     * The roadmaps inside the application. The content reader reads folders, so they are copied to
     * a temporary folder for as long as the work takes: a class-path folder inside a jar is no folder.
     */
    static final class Shipped extends ContentSource {

        @Override
        <T> T read(Function<List<Path>, T> work) {
            Path copy = null;
            try {
                copy = Files.createTempDirectory("roadmap-content");
                copyShippedRoadmaps(copy);
                return work.apply(roadmapFolders(copy));
            }
            catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            finally {
                if (copy != null) {
                    delete(copy);
                }
            }
        }

        private static void copyShippedRoadmaps(Path target) throws IOException {
            var resolver = new PathMatchingResourcePatternResolver(ContentSource.class.getClassLoader());
            var root = resolver.getResource("classpath:" + SHIPPED);
            if (!root.exists()) {
                return;
            }
            var rootUrl = root.getURL().toString();
            for (var resource : resolver.getResources("classpath:" + SHIPPED + "**/*")) {
                var url = resource.getURL().toString();
                if (!resource.isReadable() || url.endsWith("/") || !url.startsWith(rootUrl)) {
                    continue;
                }
                var file = target.resolve(url.substring(rootUrl.length())).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (var in = resource.getInputStream()) {
                    Files.copy(in, file);
                }
            }
        }

        private static void delete(Path folder) {
            try (var files = Files.walk(folder)) {
                for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
            catch (IOException ignored) {
                // a temporary folder left behind is no reason to fail an import
            }
        }

        @Override
        public String toString() {
            return "the roadmaps shipped in the application (classpath:" + SHIPPED + ")";
        }
    }
}
