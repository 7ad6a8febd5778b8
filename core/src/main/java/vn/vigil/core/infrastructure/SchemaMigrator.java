package vn.vigil.core.infrastructure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import vn.vigil.core.api.ModuleSchema;

/** Runs each module's Flyway migrations into its own schema, in module order. Usable in and out of the server. */
public final class SchemaMigrator {

    private SchemaMigrator() {}

    /** Returns the number of migrations applied. */
    public static int migrate(DataSource dataSource, List<ModuleSchema> schemas) {
        List<ModuleSchema> ordered = new ArrayList<>(schemas);
        ordered.sort(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::schema));
        int applied = 0;
        for (ModuleSchema schema : ordered) {
            applied += flyway(dataSource, schema, null).migrate().migrationsExecuted;
        }
        return applied;
    }

    /**
     * Each module's schema and the version it stands at, in module order ("core 20, inspection 41, ..."): the same on
     * every server of a deployment once the first has migrated.
     */
    public static String versions(DataSource dataSource, List<ModuleSchema> schemas) {
        List<ModuleSchema> ordered = new ArrayList<>(schemas);
        ordered.sort(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::schema));
        List<String> versions = new ArrayList<>();
        for (ModuleSchema schema : ordered) {
            var current = flyway(dataSource, schema, null).info().current();
            versions.add(schema.schema() + " " + (current == null ? "none" : current.getVersion()));
        }
        return String.join(", ", versions);
    }

    /** Migrates one module's schema up to {@code version} and no further (a released database rebuilt in tests). */
    public static int migrateUpTo(DataSource dataSource, ModuleSchema schema, String version) {
        return flyway(dataSource, schema, version).migrate().migrationsExecuted;
    }

    private static Flyway flyway(DataSource dataSource, ModuleSchema schema, String target) {
        JavaMigration[] java = schema.javaMigrations().stream()
                .map(SchemaMigrator::instantiate)
                .toArray(JavaMigration[]::new);
        var config = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema.schema())
                .defaultSchema(schema.schema())
                .createSchemas(true)
                .table("flyway_schema_history")
                .locations(schema.location())
                .callbackLocations(schema.location())
                .failOnMissingLocations(true)
                .javaMigrations(java)
                .validateMigrationNaming(true);
        return (target == null ? config : config.target(target)).load();
    }

    private static JavaMigration instantiate(Class<? extends JavaMigration> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create migration " + type.getName(), e);
        }
    }
}
