package vn.vigil.web;

import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A statement the database stopped at one of its ceilings, found in a failure's causes. The transaction it ran in
 * was rolled back, so nothing of the request was saved.
 *
 * <p>The query is named by the Vigil code that ran it: the first Vigil method on the database failure's stack (a
 * {@code Jpa…} repository method) with the application service's use case that called it, or only the use case when
 * the statement was a write flushed at its commit. Never its SQL or its parameters: the log says which query
 * to look at, without a name or an address someone searched for.
 */
public record StoppedStatement(Reason reason, String query) {

    private static final Logger LOG = Logger.getLogger(StoppedStatement.class.getName());

    /** Which ceiling stopped it. */
    public enum Reason {
        /** Ran past {@code db.statement-timeout}: the request asked for too much at once (SQLSTATE 57014). */
        TOO_LONG("57014", "statement timeout", "error.statementTimeout"),
        /** Waited past {@code db.lock-timeout} for rows or a table another transaction holds (SQLSTATE 55P03). */
        LOCKED("55P03", "lock timeout", "error.lockTimeout");

        private final String sqlState;
        private final String ceiling;
        private final String messageKey;

        Reason(String sqlState, String ceiling, String messageKey) {
            this.sqlState = sqlState;
            this.ceiling = ceiling;
            this.messageKey = messageKey;
        }

        /** The bundle key of what the person is told. */
        public String messageKey() {
            return messageKey;
        }
    }

    public static Optional<StoppedStatement> in(Throwable failure) {
        for (Reason reason : Reason.values()) {
            SQLException stopped = Failures.withSqlState(failure, reason.sqlState);
            if (stopped != null) {
                return Optional.of(new StoppedStatement(reason, queryName(stopped.getStackTrace())));
            }
        }
        return Optional.empty();
    }

    /** One warning line: the ceiling, the query's name and where the request came in (a path, never its query string). */
    public void log(String where) {
        LOG.warning(() -> String.format(
                "Statement stopped by the %s (SQLSTATE %s) in %s, at %s; its transaction was rolled back",
                reason.ceiling, reason.sqlState, query, where));
    }

    static String queryName(StackTraceElement[] frames) {
        String query = null;
        boolean atCommit = false;
        for (StackTraceElement frame : frames) {
            String type = withoutProxy(frame.getClassName());
            if (!type.startsWith("vn.vigil.")) {
                atCommit |= query == null && "beforeCompletion".equals(frame.getMethodName());
                continue;
            }
            String name = type.substring(type.lastIndexOf('.') + 1) + "." + method(frame.getMethodName());
            boolean useCase = type.contains(".application.");
            if (query == null) {
                query = atCommit ? name + " (written at commit)" : name;
                if (useCase || atCommit) {
                    return query;
                }
            } else if (useCase) {
                return query + " in " + name;
            }
        }
        return query == null ? "an unnamed query" : query;
    }

    /** A container's proxy or intercepting subclass ({@code Impl$Proxy$_$$_WeldSubclass}) stands for its bean. */
    private static String withoutProxy(String type) {
        int proxy = type.indexOf("$Proxy$");
        if (proxy < 0) {
            proxy = type.indexOf("$$");
        }
        return proxy < 0 ? type : type.substring(0, proxy);
    }

    /** A lambda's frame ({@code lambda$search$0}) is named by the method that holds it. */
    private static String method(String name) {
        if (name.startsWith("lambda$")) {
            int end = name.indexOf('$', "lambda$".length());
            return end < 0 ? name : name.substring("lambda$".length(), end);
        }
        return name;
    }
}
