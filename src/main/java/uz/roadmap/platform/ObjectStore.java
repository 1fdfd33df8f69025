package uz.roadmap.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files (artefacts, exports) live: the local disk in local mode, S3-compatible
 * storage in full mode. Keys are relative paths such as {@code artefacts/2026/11/abc.png}.
 */
public interface ObjectStore {

    /** Stores the content under the key, replacing what was there. */
    void put(String key, InputStream content, String contentType) throws IOException;

    /** Opens the content stored under the key, if any. The caller closes the stream. */
    Optional<InputStream> open(String key) throws IOException;

    /** Removes the key; removing a missing key is not an error. */
    void delete(String key) throws IOException;
}
