package vn.vigil.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.vigil.core.testing.TestDatabase;

/**
 * Long work lifts the ceilings for its own transaction only, on a real PostgreSQL: the connection here carries
 * short ceilings of its own, as the server's pooled connections carry the interactive ones.
 */
class StatementBudgetTest {

    @Test
    void aTransactionMayRunPastTheCeilingAndTheConnectionHasItAgainAfterCommit() throws SQLException {
        try (Connection c = withCeilings();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            StatementBudget.lift(c, "5s");

            s.execute("select pg_sleep(0.6)");
            assertThat(setting(s, "lock_timeout")).isEqualTo("5s");
            assertThat(setting(s, "idle_in_transaction_session_timeout")).isEqualTo("5s");
            c.commit();

            assertThat(setting(s, "statement_timeout")).isEqualTo("300ms");
            assertThat(setting(s, "lock_timeout")).isEqualTo("200ms");
            assertThatThrownBy(() -> s.execute("select pg_sleep(0.6)"))
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
        }
    }

    @Test
    void aRollbackPutsTheCeilingBackToo() throws SQLException {
        try (Connection c = withCeilings();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            StatementBudget.lift(c, "2min");
            assertThat(setting(s, "statement_timeout")).isEqualTo("2min");
            c.rollback();

            assertThat(setting(s, "statement_timeout")).isEqualTo("300ms");
        }
    }

    @Test
    void aBudgetThatIsNotADurationIsRefused() throws SQLException {
        try (Connection c = withCeilings()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> StatementBudget.lift(c, "soon"))
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"));
        }
    }

    private static Connection withCeilings() throws SQLException {
        Connection c = TestDatabase.dataSource().getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("set statement_timeout = '300ms'");
            s.execute("set lock_timeout = '200ms'");
            s.execute("set idle_in_transaction_session_timeout = '10s'");
        }
        return c;
    }

    private static String setting(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
