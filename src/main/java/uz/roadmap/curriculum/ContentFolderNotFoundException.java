package uz.roadmap.curriculum;

import java.nio.file.Path;

/**
 * The content folder set explicitly ({@code ROADMAP_CONTENT_DIR}) is not a folder: rather than
 * start with no roadmap, the application does not start.
 */
class ContentFolderNotFoundException extends IllegalStateException {

    private final Path folder;

    ContentFolderNotFoundException(Path folder) {
        super("The content folder " + folder.toAbsolutePath().normalize() + " (ROADMAP_CONTENT_DIR) does not exist or is not a folder.");
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }
}
