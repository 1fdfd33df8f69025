package uz.roadmap.lab.judge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server learners' SQL runs on, never the application's own: where it is and who
 * administers it. In local mode it is embedded and started on the first lab use; in full mode it is
 * the server the settings name.
 *
 * @param base the JDBC URL without a database name ({@code jdbc:postgresql://host:port/})
 */
record SandboxServer(String base, String adminUser, String adminPassword, AutoCloseable stop) {

    private static final Logger log = LoggerFactory.getLogger(SandboxServer.class);

    String url(String database) {
        return base + database;
    }

    static SandboxServer external(LabsProperties.Datasource datasource) {
        var url = datasource.url();
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalStateException("roadmap.labs.datasource.url must be a jdbc:postgresql:// URL");
        }
        var query = url.indexOf('?');
        var path = url.indexOf('/', "jdbc:postgresql://".length());
        var base = path < 0 ? (query < 0 ? url : url.substring(0, query)) + "/" : url.substring(0, path + 1);
        return new SandboxServer(base, datasource.username(), datasource.password(), () -> {
        });
    }

    /**
     * Lowers the embedded server's scheduling priority (its backends, forked later, inherit it): on a
     * machine the application shares with its sandbox, learners' queries take the CPU the application
     * and its own database leave. Where {@code renice} is missing, the server runs as it is.
     */
    private static void yieldToTheApplication(Path directory) {
        try {
            var pid = Files.readAllLines(directory.resolve("postmaster.pid")).getFirst().strip();
            var renice = new ProcessBuilder("renice", "-n", "10", "-p", pid).redirectErrorStream(true).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                log.info("The SQL sandbox runs at normal priority: renice did not lower it");
            }
        }
        catch (IOException | RuntimeException unavailable) {
            log.info("The SQL sandbox runs at normal priority: {}", unavailable.getMessage());
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Embedded servers by data folder: two application contexts in one JVM (tests) share the server. */
    private static final Map<Path, Shared> EMBEDDED = new HashMap<>();

    private static final class Shared {

        final EmbeddedPostgres postgres;
        int users;

        Shared(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }
    }

    static SandboxServer embedded(Path dataDir) {
        var directory = dataDir.resolve("labs-postgres").toAbsolutePath().normalize();
        synchronized (EMBEDDED) {
            var shared = EMBEDDED.get(directory);
            if (shared == null) {
                try {
                    Files.createDirectories(directory);
                    shared = new Shared(EmbeddedPostgres.builder()
                            .setDataDirectory(directory)
                            .setCleanDataDirectory(false)
                            .setRegisterShutdownHook(false)
                            .setServerConfig("max_connections", "60")
                            .setServerConfig("shared_buffers", "64MB")
                            .setServerConfig("jit", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .setServerConfig("max_parallel_workers_per_gather", "0")
                            .start());
                }
                catch (IOException failure) {
                    throw new IllegalStateException("the SQL sandbox could not start", failure);
                }
                yieldToTheApplication(directory);
                EMBEDDED.put(directory, shared);
            }
            shared.users++;
            var started = shared;
            return new SandboxServer("jdbc:postgresql://localhost:" + started.postgres.getPort() + "/", "postgres", "", () -> {
                synchronized (EMBEDDED) {
                    if (--started.users == 0) {
                        EMBEDDED.remove(directory);
                        started.postgres.close();
                    }
                }
            });
        }
    }
}
