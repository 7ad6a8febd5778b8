package vn.vigil.liberty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Drops the secondary indexes, foreign keys and exclusion constraints of tables about to receive a bulk load, and
 * puts back exactly what was there (the catalogue's own definitions) afterwards. Building an index once over millions
 * of rows is far cheaper than keeping it up to date row by row, and re-adding a constraint checks every row, so
 * nothing the database guarantees is skipped. Primary keys and unique constraints stay in place throughout.
 *
 * <p>What is put back can be split: {@link #restoreOwn} rebuilds the indexes and exclusion constraints of some
 * tables, which touch those tables alone (a second connection can build them while the first goes on loading other
 * tables), and {@link #restore} everything still missing, foreign keys last.
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
                          pg_get_constraintdef(c.oid)),
                   c.contype = 'f'
            from pg_constraint c
            where c.conrelid = cast(? as regclass) and c.contype in ('f', 'x')
            """;

    /** What is rebuilt first: plain indexes, then exclusion constraints, then foreign keys (which use the others). */
    enum Kind {
        INDEX,
        EXCLUSION,
        FOREIGN_KEY
    }

    /** One dropped index or constraint of a loaded table, and the statement that puts it back. */
    record Deferred(String table, Kind kind, String ddl) {}

    private final List<Deferred> pending = new ArrayList<>();

    /** Drops them and remembers how to put them back. */
    static DeferredIndexes drop(Connection c, List<String> tables) throws SQLException {
        DeferredIndexes deferred = new DeferredIndexes();
        for (String table : tables) {
            deferred.dropAll(c, CONSTRAINTS, table);
            deferred.dropAll(c, INDEXES, table);
        }
        return deferred;
    }

    /**
     * Rebuilds the indexes and exclusion constraints of these tables (not their foreign keys, which lock the tables
     * they refer to as well); tells how long each took.
     */
    void restoreOwn(Connection c, Set<String> tables, Consumer<String> progress) throws SQLException {
        restoreWhere(c, d -> tables.contains(d.table()) && d.kind() != Kind.FOREIGN_KEY, progress);
    }

    /** Rebuilds everything still missing, indexes before constraints; tells how long each took. */
    void restore(Connection c, Consumer<String> progress) throws SQLException {
        restoreWhere(c, d -> true, progress);
    }

    int count() {
        return pending.size();
    }

    private void restoreWhere(Connection c, Predicate<Deferred> which, Consumer<String> progress) throws SQLException {
        List<Deferred> chosen;
        synchronized (pending) {
            chosen = pending.stream()
                    .filter(which)
                    .sorted(Comparator.comparing(Deferred::kind))
                    .toList();
        }
        try (Statement s = c.createStatement()) {
            for (Deferred d : chosen) {
                long started = System.nanoTime();
                s.execute(d.ddl());
                synchronized (pending) {
                    pending.remove(d);
                }
                progress.accept(String.format("%.1f s: %s", (System.nanoTime() - started) / 1e9, d.ddl()));
            }
        }
    }

    /** Runs each drop the query lists and remembers the matching definitions. */
    private void dropAll(Connection c, String query, String table) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(query)) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery();
                    Statement s = c.createStatement()) {
                boolean constraints = rs.getMetaData().getColumnCount() > 2;
                while (rs.next()) {
                    Kind kind = !constraints ? Kind.INDEX : rs.getBoolean(3) ? Kind.FOREIGN_KEY : Kind.EXCLUSION;
                    pending.add(new Deferred(table, kind, rs.getString(2)));
                    s.execute(rs.getString(1));
                }
            }
        }
    }
}
