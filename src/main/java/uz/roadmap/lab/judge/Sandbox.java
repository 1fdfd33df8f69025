package uz.roadmap.lab.judge;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.roadmap.shared.Sha256;

/**
 * The SQL sandbox: a PostgreSQL server that is never the system of record, with one template
 * database per dataset and a database per dataset variant that learners query.
 * <p>
 * Two roles: {@value #OWNER}, a NOLOGIN role that owns the datasets' tables, and {@value #LEARNER},
 * which may only connect to the variant databases and SELECT from the datasets' tables. The learner
 * role has no superuser, inheritance, replication or RLS bypass, has a connection limit and its own
 * {@code statement_timeout}, {@code lock_timeout}, {@code idle_in_transaction_session_timeout},
 * {@code temp_file_limit} and {@code work_mem}, and only reads ({@code default_transaction_read_only}).
 * From PUBLIC the sandbox revokes CONNECT and TEMP on every database, CREATE on schemas, the
 * procedural language, {@code set_config}, advisory locks, signalling other sessions, file, directory
 * and large-object functions, the XML functions that run a query given as text, {@code pg_notify}, and
 * reading {@code pg_stat_activity}. {@code CREATE DATABASE … TEMPLATE} copies neither database grants
 * nor per-database settings, so all of this is applied again to every database made from a template.
 */
public class Sandbox implements AutoCloseable {

    public static final String OWNER = "lab_owner";
    public static final String LEARNER = "lab_learner";

    /** Bumped whenever the way datasets are built changes, so that old builds are replaced. */
    private static final String BUILD = "1";

    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

    private final Supplier<SandboxServer> starter;
    private final LabsProperties properties;
    private final String learnerPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    private final java.util.Set<String> ready = ConcurrentHashMap.newKeySet();
    private volatile @Nullable SandboxServer server;

    /**
     * A sandbox on the server {@code roadmap.labs.datasource.url} names or, without one, on an embedded
     * server under the data folder; either is reached only on the first lab use.
     */
    public Sandbox(LabsProperties properties, Path dataDir) {
        var datasource = properties.datasource();
        this.starter = datasource.url() == null || datasource.url().isBlank() ? () -> SandboxServer.embedded(dataDir)
                : () -> SandboxServer.external(datasource);
        this.properties = properties;
    }

    /** Whether the server has been started (it starts on the first lab use). */
    public boolean started() {
        return server != null;
    }

    private SandboxServer server() {
        var started = server;
        if (started != null) {
            return started;
        }
        synchronized (this) {
            if (server == null) {
                var starting = starter.get();
                try {
                    prepare(starting);
                }
                catch (SQLException failure) {
                    close(starting);
                    throw new IllegalStateException("the SQL sandbox could not be prepared", failure);
                }
                server = starting;
            }
            return server;
        }
    }

    /** The roles, their limits, and what PUBLIC may not do on the server's own databases; stale clones dropped. */
    private void prepare(SandboxServer server) throws SQLException {
        try (var admin = DriverManager.getConnection(server.url("postgres"), server.adminUser(), server.adminPassword());
                var statement = admin.createStatement()) {
            statement.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s NOLOGIN; END IF;
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN CREATE ROLE %2$s LOGIN; END IF;
                    END $$""".formatted(OWNER, LEARNER));
            var timeout = properties.timeout().toMillis() + 1000;
            statement.execute("ALTER ROLE " + OWNER + " NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS");
            statement.execute("ALTER ROLE " + LEARNER + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION "
                    + "NOBYPASSRLS CONNECTION LIMIT " + properties.learnerConnections() + " PASSWORD '" + learnerPassword + "'");
            for (var setting : List.of("statement_timeout = " + timeout, "lock_timeout = 1000",
                    "idle_in_transaction_session_timeout = " + (timeout + 5000), "temp_file_limit = '64MB'", "work_mem = '8MB'",
                    "default_transaction_read_only = on", "search_path = public")) {
                statement.execute("ALTER ROLE " + LEARNER + " SET " + setting);
            }
            for (var database : List.of("postgres", "template1")) {
                statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + database + " FROM PUBLIC");
            }
            var stale = new ArrayList<String>();
            try (var rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'labx\\_%' OR datname LIKE '%\\_building'")) {
                while (rows.next()) {
                    stale.add(rows.getString(1));
                }
            }
            for (var database : stale) {
                statement.execute("DROP DATABASE IF EXISTS " + quote(database) + " WITH (FORCE)");
            }
        }
    }

    /**
     * The database of a dataset's variant (0 is the visible dataset), built on first use: the dataset
     * script is loaded once into a template; every variant is a copy of it, hidden ones changed by the
     * variant script.
     */
    public String database(String dataset, String script, String variantScript, int variant) throws SQLException {
        var template = template(dataset, script, variantScript);
        var name = template + "_v" + variant;
        build(name, () -> {
            createFrom(template, name + "_building");
            if (variant > 0) {
                try (var owner = owner(name + "_building"); var statement = owner.createStatement()) {
                    statement.execute(variantScript.replace("{{variant}}", String.valueOf(variant)));
                }
            }
            try (var admin = admin(name + "_building"); var statement = admin.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
            rename(name + "_building", name);
        });
        return name;
    }

    /** A new database copied from a dataset's template, for one submission's indexes; {@link #drop} it afterwards. */
    public String copy(String dataset, String script, String variantScript) throws SQLException {
        var template = template(dataset, script, variantScript);
        var name = "labx_" + UUID.randomUUID().toString().replace("-", "");
        createFrom(template, name);
        return name;
    }

    public void drop(String database) {
        try (var admin = admin("postgres"); var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quote(database) + " WITH (FORCE)");
        }
        catch (SQLException failure) {
            log.warn("Could not drop the sandbox database {}: {}", database, failure.getMessage());
        }
    }

    private String template(String dataset, String script, String variantScript) throws SQLException {
        var hash = Sha256.hex(BUILD + "\n" + script + "\n" + variantScript).substring(0, 12);
        var name = "lab_" + dataset.replace('-', '_') + "_" + hash;
        build(name, () -> {
            var building = name + "_building";
            try (var admin = admin("postgres"); var statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + quote(building) + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + quote(building) + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'");
                statement.execute("GRANT CREATE ON DATABASE " + quote(building) + " TO " + OWNER);
            }
            try (var owner = owner(building); var statement = owner.createStatement()) {
                statement.execute("SET TIME ZONE 'UTC'");
                statement.execute(script);
            }
            try (var admin = admin("postgres"); var statement = admin.createStatement()) {
                statement.execute("REVOKE CREATE ON DATABASE " + quote(building) + " FROM " + OWNER);
            }
            try (var admin = admin(building); var statement = admin.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
            rename(building, name);
            dropOlderBuilds(dataset, name);
        });
        return name;
    }

    private interface Build {
        void run() throws SQLException;
    }

    private void build(String name, Build build) throws SQLException {
        if (ready.contains(name)) {
            return;
        }
        synchronized (locks.computeIfAbsent(name, key -> new Object())) {
            if (ready.contains(name)) {
                return;
            }
            if (!exists(name)) {
                log.info("Building the sandbox database {}", name);
                build.run();
            }
            restrict(name);
            ready.add(name);
        }
    }

    private boolean exists(String database) throws SQLException {
        try (var admin = admin("postgres");
                var statement = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, database);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private void createFrom(String template, String name) throws SQLException {
        try (var admin = admin("postgres"); var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + quote(name) + " TEMPLATE " + quote(template) + " STRATEGY FILE_COPY");
        }
        restrict(name);
    }

    private void rename(String from, String to) throws SQLException {
        try (var admin = admin("postgres"); var statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE " + quote(from) + " RENAME TO " + quote(to));
        }
    }

    private void dropOlderBuilds(String dataset, String current) throws SQLException {
        var older = new ArrayList<String>();
        try (var admin = admin("postgres");
                var statement = admin.prepareStatement("SELECT datname FROM pg_database WHERE datname LIKE ? AND datname NOT LIKE ?")) {
            statement.setString(1, "lab\\_" + dataset.replace('-', '_').replace("_", "\\_") + "\\_%");
            statement.setString(2, current.replace("_", "\\_") + "%");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    older.add(rows.getString(1));
                }
            }
        }
        older.forEach(this::drop);
    }

    /**
     * What the learner role may do in a database, applied after every copy: connect, use the dataset
     * schemas and read their tables, nothing else.
     */
    private void restrict(String database) throws SQLException {
        try (var admin = admin("postgres"); var statement = admin.createStatement()) {
            statement.execute("REVOKE ALL ON DATABASE " + quote(database) + " FROM PUBLIC");
            statement.execute("GRANT CONNECT ON DATABASE " + quote(database) + " TO " + LEARNER);
        }
        try (var admin = admin(database); var statement = admin.createStatement()) {
            statement.execute("""
                    REVOKE ALL ON SCHEMA public FROM PUBLIC;
                    REVOKE USAGE ON LANGUAGE plpgsql FROM PUBLIC;
                    REVOKE USAGE ON LANGUAGE sql FROM PUBLIC;
                    REVOKE SELECT ON pg_catalog.pg_stat_activity FROM PUBLIC;
                    DO $$
                    DECLARE
                      found record;
                    BEGIN
                      FOR found IN
                        SELECT p.oid::regprocedure AS signature FROM pg_proc AS p
                        WHERE p.pronamespace = 'pg_catalog'::regnamespace
                          AND (p.proname IN ('set_config', 'pg_terminate_backend', 'pg_cancel_backend', 'pg_notify',
                                             'pg_stat_get_activity', 'pg_reload_conf', 'pg_rotate_logfile',
                                             'query_to_xml', 'query_to_xml_and_xmlschema', 'query_to_xmlschema',
                                             'cursor_to_xml', 'cursor_to_xmlschema', 'table_to_xml',
                                             'table_to_xml_and_xmlschema', 'schema_to_xml', 'schema_to_xml_and_xmlschema',
                                             'database_to_xml', 'database_to_xml_and_xmlschema', 'pg_import_system_collations',
                                             'dblink', 'pg_file_write', 'pg_logical_emit_message')
                               OR p.proname LIKE 'pg\\_advisory%' OR p.proname LIKE 'pg\\_try\\_advisory%'
                               OR p.proname LIKE 'pg\\_read%file' OR p.proname LIKE 'pg\\_ls\\_%'
                               OR p.proname LIKE 'pg\\_stat\\_file' OR p.proname LIKE 'lo\\_%'
                               OR p.proname IN ('loread', 'lowrite'))
                      LOOP
                        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', found.signature);
                      END LOOP;
                      FOR found IN SELECT n.nspname FROM pg_namespace AS n WHERE n.nspowner = '{owner}'::regrole LOOP
                        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', found.nspname);
                        EXECUTE format('GRANT USAGE ON SCHEMA %I TO {learner}', found.nspname);
                        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO {learner}', found.nspname);
                      END LOOP;
                    END $$;
                    """.replace("{owner}", OWNER).replace("{learner}", LEARNER));
        }
    }

    /** A fresh connection as the learner role; the caller closes it. */
    public Connection learner(String database) throws SQLException {
        var server = server();
        var settings = new Properties();
        settings.setProperty("user", LEARNER);
        settings.setProperty("password", learnerPassword);
        settings.setProperty("ApplicationName", "lab");
        settings.setProperty("connectTimeout", "5");
        settings.setProperty("socketTimeout", String.valueOf(properties.timeoutSeconds() + 10));
        return DriverManager.getConnection(server.url(database), settings);
    }

    /** An administrator's connection acting as the datasets' owner, for a dataset script or a submission's indexes. */
    public Connection owner(String database) throws SQLException {
        var connection = admin(database);
        try (var statement = connection.createStatement()) {
            statement.execute("SET ROLE " + OWNER);
        }
        return connection;
    }

    public Connection admin(String database) throws SQLException {
        var server = server();
        return DriverManager.getConnection(server.url(database), server.adminUser(), server.adminPassword());
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        var started = server;
        if (started != null) {
            close(started);
            server = null;
        }
    }

    private static void close(SandboxServer server) {
        try {
            server.stop().close();
        }
        catch (Exception failure) {
            log.warn("The SQL sandbox did not stop cleanly: {}", failure.getMessage());
        }
    }
}
