package uz.roadmap.platform.database;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uz.roadmap.platform.RoadmapProperties;

/**
 * Local mode runs a real PostgreSQL server embedded in the application, its data kept under
 * {@code <data dir>/postgres} so that it survives restarts. Spring owns its life cycle: the
 * server's own shutdown hook is off, so it stops only after everything that uses it. One instance at a
 * time may use a data folder; a second one stops at once, saying so.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!full")
class EmbeddedDatabaseConfiguration {

    /** @throws DataFolderInUseException when another instance runs on the data folder */
    @Bean(destroyMethod = "close")
    DataFolderLock dataFolderLock(RoadmapProperties properties) throws IOException {
        return DataFolderLock.acquire(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(RoadmapProperties properties, DataFolderLock claim) throws IOException {
        var directory = properties.dataDir().resolve("postgres");
        Files.createDirectories(directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
        return new JdbcConnectionDetails() {

            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return postgres.getJdbcUrl("postgres", "postgres");
            }
        };
    }
}
