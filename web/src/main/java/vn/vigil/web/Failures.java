package vn.vigil.web;

import java.sql.SQLException;

/** Recognises failures the database reports on its own, behind the services' checks. */
public final class Failures {

    /** PostgreSQL's SQLSTATE for a unique-constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** PostgreSQL's SQLSTATE for an exclusion-constraint violation (a double booking). */
    private static final String EXCLUSION_VIOLATION = "23P01";

    private Failures() {}

    /**
     * Two people saved the same unique value at the same moment: both passed the service's check, the database
     * refused the second. Nothing of the second save was kept.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, UNIQUE_VIOLATION);
    }

    /**
     * Two people booked the same person or establishment for overlapping times at the same moment: the database's
     * exclusion constraint refused the second booking. Nothing of it was kept.
     */
    public static boolean isDoubleBooking(Throwable failure) {
        return hasSqlState(failure, EXCLUSION_VIOLATION);
    }

    /** The innermost database failure with that SQLSTATE, or null (see {@link StoppedStatement}). */
    static SQLException withSqlState(Throwable failure, String state) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                found = sql;
            }
        }
        return found;
    }

    private static boolean hasSqlState(Throwable failure, String state) {
        return withSqlState(failure, state) != null;
    }
}
