package vn.vigil.core.api;

import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A module's own database schema and the Flyway scripts that build it (in {@code classpath:db/<schema>}, beside
 * an empty {@code flyway.location} marker). Each module produces one; core migrates them in {@code order}, lowest
 * first, each with its own history table, before the application takes requests.
 */
public record ModuleSchema(String schema, int order, List<Class<? extends JavaMigration>> javaMigrations) {

    public ModuleSchema {
        javaMigrations = List.copyOf(javaMigrations);
    }

    public String location() {
        return "classpath:db/" + schema;
    }
}
