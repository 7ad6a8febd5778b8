package vn.vigil.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.BackgroundWork;

/**
 * Lifts the interactive ceilings for the current transaction. Within a JTA transaction the server hands every
 * shareable connection request of the same data source the one physical connection enlisted in it, so the setting
 * reaches the statements the persistence units then run in that transaction (the server-level tests prove it with an
 * import slower than the interactive ceiling).
 */
@ApplicationScoped
public class PostgresBackgroundWork implements BackgroundWork {

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "db.background-statement-timeout", defaultValue = "2min")
    String budget;

    @Override
    public void allowLongStatements() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Long statements are allowed only inside a transaction");
        }
        try (Connection connection = dataSource.getConnection()) {
            StatementBudget.lift(connection, budget);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot lift the statement ceilings to db.background-statement-timeout=" + budget, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T withLongStatements(Supplier<T> work) {
        allowLongStatements();
        return work.get();
    }
}
