package uz.roadmap.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * <p>
 * The server requires a password ({@code scram-sha-256} for every connection in
 * {@code pg_hba.conf}), so that another local user or process cannot sign in as its superuser.
 * The password is generated once into {@code <data dir>/postgres.password}, readable by its owner
 * only. A new database is created with it ({@code initdb --pwfile}); a data folder made before
 * passwords were required gets it on its first start: the password is set while the old
 * {@code trust} rules still apply, then the rules are replaced and reloaded.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!full")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String SUPERUSER = "postgres";
    private static final Pattern TRUSTED = Pattern.compile("^(\\s*(?:local|host)\\S*\\s.*\\s)trust(\\s*)$");

    /** @throws DataFolderInUseException when another instance runs on the data folder */
    @Bean(destroyMethod = "close")
    DataFolderLock dataFolderLock(RoadmapProperties properties) throws IOException {
        return DataFolderLock.acquire(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(RoadmapProperties properties, DataFolderLock claim) throws IOException, SQLException {
        var directory = properties.dataDir().resolve("postgres");
        Files.createDirectories(directory);
        var passwordFile = passwordFile(properties.dataDir());
        var password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // options of initdb, used only when the folder is new: the password and the rules requiring it
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setLocaleConfig("auth-local", "scram-sha-256")
                .setLocaleConfig("auth-host", "scram-sha-256")
                .setConnectConfig("password", password)
                .start();
        requirePassword(postgres, directory.resolve("pg_hba.conf"), password);
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres, RoadmapProperties properties) throws IOException {
        var password = Files.readString(properties.dataDir().resolve("postgres.password"), StandardCharsets.UTF_8).strip();
        return new JdbcConnectionDetails() {

            @Override
            public String getUsername() {
                return SUPERUSER;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return postgres.getJdbcUrl(SUPERUSER, "postgres");
            }
        };
    }

    /** The password file, generated the first time: 32 random bytes, readable and writable by the owner only. */
    static Path passwordFile(Path dataDir) throws IOException {
        var file = dataDir.resolve("postgres.password");
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        }
        return file;
    }

    /**
     * A data folder from before passwords were required still trusts every local connection: give
     * the superuser the password, then require it everywhere the rules said {@code trust}.
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path rules, String password)
            throws IOException, SQLException {
        var lines = Files.readAllLines(rules, StandardCharsets.UTF_8);
        if (lines.stream().noneMatch(line -> TRUSTED.matcher(line).matches())) {
            return;
        }
        try (var connection = postgres.getDatabase(SUPERUSER, "postgres", Map.of("password", password)).getConnection();
                var statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(rules, lines.stream()
                    .map(line -> TRUSTED.matcher(line).replaceAll("$1scram-sha-256$2"))
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
            statement.execute("SELECT pg_reload_conf()");
        }
        log.info("The embedded database now requires the password in postgres.password");
    }
}
