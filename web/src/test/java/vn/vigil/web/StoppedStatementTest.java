package vn.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Statements the database stopped at a ceiling: recognised under the provider's wrappers, named without SQL. */
class StoppedStatementTest {

    private static final StackTraceElement[] SEARCH = {
        frame("org.postgresql.core.v3.QueryExecutorImpl", "receiveErrorResponse"),
        frame("org.hibernate.sql.exec.internal.JdbcSelectExecutorStandardImpl", "executeQuery"),
        frame("vn.vigil.inspection.infrastructure.JpaEstablishmentSearch", "lambda$search$0"),
        frame("vn.vigil.inspection.infrastructure.JpaEstablishmentSearch", "search"),
        frame("vn.vigil.inspection.infrastructure.JpaEstablishmentSearch$Proxy$_$$_WeldClientProxy", "search"),
        frame("vn.vigil.inspection.application.EstablishmentDirectoryImpl", "search"),
        frame("vn.vigil.inspection.application.EstablishmentDirectoryImpl$Proxy$_$$_WeldSubclass", "search"),
        frame("vn.vigil.web.rest.registry.EstablishmentResource", "search")
    };

    private static final StackTraceElement[] WRITE_AT_COMMIT = {
        frame("org.postgresql.jdbc.PgPreparedStatement", "executeBatch"),
        frame("org.hibernate.event.internal.AbstractFlushingEventListener", "performExecutions"),
        frame(
                "org.hibernate.resource.transaction.backend.jta.internal.JtaTransactionCoordinatorImpl",
                "beforeCompletion"),
        frame("com.ibm.tx.jta.impl.TransactionImpl", "commit"),
        frame("com.ibm.tx.jta.cdi.TransactionalInterceptor", "required"),
        frame(
                "vn.vigil.inspection.application.EstablishmentRegistryImpl$Proxy$_$$_WeldSubclass",
                "registerEstablishment"),
        frame("vn.vigil.web.rest.registry.EstablishmentResource", "register")
    };

    @Test
    void aStatementTimeoutIsFoundUnderThePersistenceProvidersWrappers() {
        Throwable failure = new IllegalStateException(new QueryTimeoutException(
                "could not execute query", timedOut("57014", "canceling statement due to statement timeout", SEARCH)));

        assertThat(StoppedStatement.in(failure))
                .hasValue(new StoppedStatement(
                        StoppedStatement.Reason.TOO_LONG,
                        "JpaEstablishmentSearch.search in EstablishmentDirectoryImpl.search"));
    }

    @Test
    void aLockTimeoutIsTheOtherCeiling() {
        Throwable failure =
                new PessimisticLockException(timedOut("55P03", "canceling statement due to lock timeout", SEARCH));

        assertThat(StoppedStatement.in(failure))
                .hasValueSatisfying(stopped -> assertThat(stopped.reason()).isEqualTo(StoppedStatement.Reason.LOCKED));
        assertThat(StoppedStatement.Reason.LOCKED.messageKey()).isEqualTo("error.lockTimeout");
    }

    @Test
    void otherDatabaseFailuresWereNotStopped() {
        assertThat(StoppedStatement.in(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isEmpty();
        assertThat(StoppedStatement.in(new IllegalStateException("no SQL at all")))
                .isEmpty();
    }

    @Test
    void aWriteFlushedAtCommitIsNamedByItsUseCase() {
        assertThat(StoppedStatement.queryName(WRITE_AT_COMMIT))
                .isEqualTo("EstablishmentRegistryImpl.registerEstablishment (written at commit)");
    }

    @Test
    void aFailureWithoutVigilCodeOnItsStackStillHasAName() {
        assertThat(StoppedStatement.queryName(new StackTraceElement[] {frame("org.postgresql.Driver", "connect")}))
                .isEqualTo("an unnamed query");
    }

    @Test
    void theLogLineNamesTheQueryAndThePathButNoSqlOrParameters() {
        List<String> lines = new ArrayList<>();
        Logger log = Logger.getLogger(StoppedStatement.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                lines.add(entry.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(capture);
        try {
            StoppedStatement.in(timedOut(
                            "57014",
                            "canceling statement due to statement timeout; select * where name_folded like 'nguyen%'",
                            SEARCH))
                    .orElseThrow()
                    .log("GET /api/v1/establishments");
        } finally {
            log.removeHandler(capture);
        }

        assertThat(lines)
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("statement timeout")
                        .contains("JpaEstablishmentSearch.search in EstablishmentDirectoryImpl.search")
                        .contains("GET /api/v1/establishments")
                        .doesNotContain("nguyen")
                        .doesNotContain("select"));
    }

    private static SQLException timedOut(String state, String message, StackTraceElement[] stack) {
        SQLException e = new SQLException(message, state);
        e.setStackTrace(stack);
        return e;
    }

    private static StackTraceElement frame(String type, String method) {
        return new StackTraceElement(type, method, null, -1);
    }
}
