package vn.vigil.core.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL's ceilings for one transaction: {@code set_config(…, true)} is {@code SET LOCAL}, so the statement,
 * lock and idle-in-transaction timeouts it sets last until the transaction commits or rolls back, and the connection
 * then has the ceilings it was opened with again.
 */
final class StatementBudget {

    private static final String LIFT = "select set_config('statement_timeout', ?, true),"
            + " set_config('lock_timeout', ?, true), set_config('idle_in_transaction_session_timeout', ?, true)";

    private StatementBudget() {}

    /**
     * Gives the connection's current transaction the budget, a PostgreSQL duration such as {@code 2min} or
     * {@code 90s}, for each of its statements, each lock wait and each pause between statements.
     */
    static void lift(Connection connection, String budget) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(LIFT)) {
            s.setString(1, budget);
            s.setString(2, budget);
            s.setString(3, budget);
            try (ResultSet ignored = s.executeQuery()) {
                // the settings are the statement's effect; its result only repeats them
            }
        }
    }
}
