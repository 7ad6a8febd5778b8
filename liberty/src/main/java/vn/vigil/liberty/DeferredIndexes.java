package vn.vigil.liberty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Drops the secondary indexes, foreign keys and exclusion constraints of tables about to receive a bulk load, and
 * puts back exactly what was there (the catalogue's own definitions) afterwards, in the same transaction. Building
 * an index once over millions of rows is far cheaper than keeping it up to date row by row, and re-adding a
 * constraint checks every row, so nothing the database guarantees is skipped. Primary keys and unique constraints
 * stay in place throughout.
 */
final class DeferredIndexes {

    private static final String INDEXES = """
            select format('drop index %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
            from pg_index i
            where i.indrelid = cast(? as regclass)
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            """;
    private static final String CONSTRAINTS = """
            select format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname),
                   format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname,
                          pg_get_constraintdef(c.oid))
            from pg_constraint c
            where c.conrelid = cast(? as regclass) and c.contype in ('f', 'x')
            """;

    private final List<String> indexes = new ArrayList<>();
    private final List<String> constraints = new ArrayList<>();

    /** Drops them and remembers how to put them back. */
    static DeferredIndexes drop(Connection c, List<String> tables) throws SQLException {
        DeferredIndexes deferred = new DeferredIndexes();
        for (String table : tables) {
            deferred.constraints.addAll(dropAll(c, CONSTRAINTS, table));
            deferred.indexes.addAll(dropAll(c, INDEXES, table));
        }
        return deferred;
    }

    /**
     * Rebuilds indexes before constraints, so a foreign key's check can use what is already there; tells how long
     * each took.
     */
    void restore(Connection c, Consumer<String> progress) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl :
                    Stream.concat(indexes.stream(), constraints.stream()).toList()) {
                long started = System.nanoTime();
                s.execute(ddl);
                progress.accept(String.format("%.1f s: %s", (System.nanoTime() - started) / 1e9, ddl));
            }
        }
    }

    int count() {
        return indexes.size() + constraints.size();
    }

    /** Runs each drop the query lists and returns the matching definitions. */
    private static List<String> dropAll(Connection c, String query, String table) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(query)) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery();
                    Statement s = c.createStatement()) {
                while (rs.next()) {
                    definitions.add(rs.getString(2));
                    s.execute(rs.getString(1));
                }
            }
        }
        return definitions;
    }
}
