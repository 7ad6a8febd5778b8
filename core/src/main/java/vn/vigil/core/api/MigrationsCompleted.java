package vn.vigil.core.api;

/** Fired once at start-up after every module's schema is migrated; demo data and caches start from it. */
public record MigrationsCompleted(int applied) {}
