package uz.roadmap.platform.database;

import java.nio.file.Path;

/** Another instance of the application is running on the same data folder. */
class DataFolderInUseException extends IllegalStateException {

    DataFolderInUseException(Path dataDir) {
        super("Another instance of Backend Roadmap is using the data folder " + dataDir.toAbsolutePath().normalize() + ".");
    }
}
