package vn.vigil.web;

import java.sql.SQLException;

/** Recognises failures the database reports on its own, behind the services' checks. */
public final class Failures {

    /** PostgreSQL's SQLSTATE for a unique-constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Failures() {}

    /**
     * Two people saved the same unique value at the same moment: both passed the service's check, the database
     * refused the second. Nothing of the second save was kept.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
