package vn.vigil.core.api;

/** Counts for dashboards. */
public interface CoreStatistics {

    record Counts(long provinces, long communesInForce, long departments, long activeUsers, long holidaysThisYear) {}

    Counts counts();
}
