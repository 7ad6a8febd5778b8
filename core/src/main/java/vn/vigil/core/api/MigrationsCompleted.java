package vn.vigil.core.api;

/**
 * Fired once at start-up after every module's schema is migrated; demo data and caches start from it.
 *
 * @param applied the migrations this server applied (0 when another server of the deployment had applied them)
 * @param schemaVersions each module's schema and its version now, the same on every server once migrated
 */
public record MigrationsCompleted(int applied, String schemaVersions) {}
