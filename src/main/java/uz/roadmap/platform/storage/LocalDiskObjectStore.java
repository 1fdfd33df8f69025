package uz.roadmap.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import uz.roadmap.platform.ObjectStore;
import uz.roadmap.platform.RoadmapProperties;

/**
 * Keeps objects as files under {@code <data dir>/objects}. Writes go to a temporary file first and
 * are moved into place atomically, so a reader never sees half an object.
 */
@Component
class LocalDiskObjectStore implements ObjectStore {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private final Path root;

    LocalDiskObjectStore(RoadmapProperties properties) {
        this.root = properties.dataDir().resolve("objects").toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content, String contentType) throws IOException {
        var target = resolve(key);
        Files.createDirectories(target.getParent());
        var temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<InputStream> open(String key) throws IOException {
        try {
            return Optional.of(Files.newInputStream(resolve(key)));
        }
        catch (NoSuchFileException missing) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        if (!KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Invalid object key: " + key);
        }
        return root.resolve(key);
    }
}
