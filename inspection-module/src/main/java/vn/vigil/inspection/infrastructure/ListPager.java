package vn.vigil.inspection.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vigil.core.api.PageCursor;
import vn.vigil.core.api.PageRequest;

/**
 * One page of a list in native SQL, at a cost that does not grow with the table, the term or the depth of the page.
 * A list is its rows ({@code from} and {@code where}, with parameters) sorted by one key and then by id.
 *
 * <ol>
 *   <li>It counts the matching rows, but stops at {@link #EXACT_COUNT_LIMIT}: beyond that the total is the
 *       planner's estimate, so no request counts a hundred thousand matches. Only the first page counts: the cursor
 *       of the next page carries the number.
 *   <li>When that few rows match, it reads all of them (whatever index finds them best, with no sort order asked
 *       of it) and sorts them: a rare term never walks the whole sort order looking for its rows.
 *   <li>When more match, it walks the index of the sort order from the page's first key: a cursor's key (keyset
 *       paging: as fast far down the list as at its top) or the start of the list skipping {@code offset} rows (the
 *       walk reads ids and keys only, mostly from the index). A list may walk per commune instead ({@link
 *       Walk#perCommune}): each commune's index gives its next rows in order and they are merged.
 * </ol>
 *
 * Reads ids and keys only; the list then loads its rows by id.
 */
final class ListPager {

    /** Up to this many matches the count is exact and the page is sorted from all the matches. */
    static final int EXACT_COUNT_LIMIT = 2_000;

    private static final Pattern ESTIMATED_ROWS = Pattern.compile("rows=(\\d+)");

    /**
     * The list's sort: {@code key} and {@code id} are SQL expressions over the list's rows, each ascending or
     * descending; {@code keyText} is the key as text for the cursor, {@code keyParam} the expression that turns the
     * cursor's text (parameter {@code :key}) back into a key, {@code validKey} checks that text before it reaches
     * the database.
     */
    record Order(
            String list,
            String key,
            boolean keyDescending,
            String keyText,
            String keyParam,
            Predicate<String> validKey,
            String id,
            boolean idDescending) {

        String by(String keyColumn, String idColumn) {
            return " order by " + keyColumn + (keyDescending ? " desc" : "") + ", " + idColumn
                    + (idDescending ? " desc" : "");
        }

        String byId(String idColumn) {
            return " order by " + idColumn + (idDescending ? " desc" : "");
        }

        String keyAfter() {
            return keyDescending ? " < " : " > ";
        }

        String idAfter() {
            return idDescending ? " < " : " > ";
        }
    }

    /**
     * Walking the sort order per commune: {@code commune} is the SQL expression of the row's commune and
     * {@code communes} the SQL array of the communes ({@link TextTerm#idArray}); used for a province's rows when
     * nothing else filters them, so each commune's index (commune, key, id) gives its rows in order.
     */
    record Walk(String commune, String communes) {
        static Walk perCommune(String commune, String communes) {
            return new Walk(commune, communes);
        }
    }

    /** A row's place in the list. */
    record Row(long id, String key) {}

    /** The rows of one page in order, the total, and where the next page starts (null on the last page). */
    record Slice(List<Long> ids, long total, boolean exact, PageCursor next) {}

    private final EntityManager em;
    private final String from;
    private final String where;
    private final Map<String, Object> parameters;
    private final Order order;
    private final String fingerprint;

    /**
     * @param from {@code from} clause without the keyword, e.g. {@code inspection.establishment e}
     * @param where conditions starting with {@code where}
     * @param query the filters as the caller gave them, to tie cursors to them
     */
    ListPager(EntityManager em, String from, String where, Map<String, Object> parameters, Order order, Object query) {
        this.em = em;
        this.from = " from " + from;
        this.where = where;
        this.parameters = new HashMap<>(parameters);
        this.order = order;
        this.fingerprint = PageCursor.fingerprint(order.list() + ":" + query);
    }

    /** The page asked for; {@code walk} is null to walk the list's own sort order. */
    Slice page(PageRequest request, Walk walk) {
        PageCursor after = request.after() == null ? null : request.after().requireFor(order.list(), fingerprint);
        if (after != null && !order.validKey().test(after.key())) {
            throw PageCursor.invalid();
        }
        long total;
        boolean exact;
        if (after == null) {
            long counted = countUpToLimit();
            exact = counted <= EXACT_COUNT_LIMIT;
            total = exact ? counted : Math.max(counted, estimate());
        } else {
            // the first page counted; its cursor says how many, and so how the list is paged
            total = after.total();
            exact = after.totalExact();
        }
        int wanted = request.size() + 1;
        List<Row> rows;
        if (exact) {
            rows = sorted(after, request.offset(), wanted);
        } else if (walk != null && (after != null || request.offset() == 0)) {
            rows = walkedPerCommune(walk, after, wanted);
        } else {
            rows = walked(after, request.offset(), wanted);
        }
        PageCursor next = null;
        if (rows.size() > request.size()) {
            rows = rows.subList(0, request.size());
            Row last = rows.get(rows.size() - 1);
            next = new PageCursor(
                    order.list(),
                    fingerprint,
                    request.offset() + (long) request.size(),
                    last.key(),
                    last.id(),
                    total,
                    exact);
        }
        return new Slice(rows.stream().map(Row::id).toList(), total, exact, next);
    }

    private long countUpToLimit() {
        Query q = em.createNativeQuery(
                "select count(*) from (select 1" + from + where + " limit " + (EXACT_COUNT_LIMIT + 1) + ") counted");
        return ((Number) bind(q, parameters).getSingleResult()).longValue();
    }

    /** The planner's estimate of the matching rows, from the first line of its plan ("… rows=123 …"). */
    private long estimate() {
        Query q = em.createNativeQuery("explain select 1" + from + where);
        Object first = bind(q, parameters).getResultList().get(0);
        Matcher rows = ESTIMATED_ROWS.matcher(String.valueOf(first));
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    /** Every match read (few, the count said so), then sorted; the cursor's or the offset's rows skipped. */
    private List<Row> sorted(PageCursor after, int offset, int wanted) {
        Map<String, Object> p = new HashMap<>(parameters);
        String seek = "";
        if (after != null) {
            seek = " where " + seek("m.k", "m.id", p, after);
        }
        String sql = "with m as materialized (select " + order.id() + " as id, " + order.key() + " as k, "
                + order.keyText() + " as kt" + from + where + ")"
                + " select m.id, m.kt from m" + seek + order.by("m.k", "m.id")
                + " offset " + (after == null ? offset : 0) + " limit " + wanted;
        return rows(em.createNativeQuery(sql), p);
    }

    /** The sort order's index walked from the cursor's key (or from the top, skipping offset rows). */
    private List<Row> walked(PageCursor after, int offset, int wanted) {
        Map<String, Object> p = new HashMap<>(parameters);
        String select = "select " + order.id() + " as id, " + order.key() + " as k, " + order.keyText() + " as kt";
        String sql;
        if (after == null) {
            sql = "select s.id, s.kt from (" + select + from + where + order.by(order.key(), order.id()) + " offset "
                    + offset + " limit " + wanted + ") s" + order.by("s.k", "s.id");
        } else {
            sql = "select s.id, s.kt from (" + ties(select, from + where, p, after, wanted) + ") s"
                    + order.by("s.k", "s.id") + " limit " + wanted;
        }
        return rows(em.createNativeQuery(sql), p);
    }

    /** Each commune's rows walked from its index, in order, then merged. */
    private List<Row> walkedPerCommune(Walk walk, PageCursor after, int wanted) {
        Map<String, Object> p = new HashMap<>(parameters);
        String select = "select " + order.id() + " as id, " + order.key() + " as k, " + order.keyText() + " as kt";
        String inCommune = from + where + " and " + walk.commune() + " = u.commune";
        String perCommune = after == null
                ? select + inCommune + order.by(order.key(), order.id()) + " limit " + wanted
                : ties(select, inCommune, p, after, wanted);
        String sql = "select s.id, s.kt from unnest(" + walk.communes() + ") as u (commune)" + " cross join lateral ("
                + perCommune + ") s" + order.by("s.k", "s.id") + " limit " + wanted;
        return rows(em.createNativeQuery(sql), p);
    }

    /**
     * The rows after the cursor as index ranges. When key and id run the same way, (key, id) after the cursor's is
     * one range. When they do not (highest risk first, then the lowest id), two ranges, each in the index's order:
     * the cursor's key with the ids after its id, then the keys after its key. (One condition "key after, or same key
     * and id after" is not an index range, so a walk would filter every row of a long run of equal keys.)
     */
    private String ties(String select, String fromWhere, Map<String, Object> p, PageCursor after, int wanted) {
        p.put("key", after.key());
        p.put("id", after.id());
        if (order.keyDescending() == order.idDescending()) {
            // key and id run the same way: one row comparison is one index range
            return select + fromWhere + " and (" + order.key() + ", " + order.id() + ")" + order.keyAfter() + "("
                    + order.keyParam() + ", :id)" + order.by(order.key(), order.id()) + " limit " + wanted;
        }
        return "(" + select + fromWhere + " and " + order.key() + " = " + order.keyParam() + " and " + order.id()
                + order.idAfter() + ":id" + order.byId(order.id()) + " limit " + wanted + ")"
                + " union all (" + select + fromWhere + " and " + order.key() + order.keyAfter() + order.keyParam()
                + order.by(order.key(), order.id()) + " limit " + wanted + ")";
    }

    private String seek(String key, String id, Map<String, Object> p, PageCursor after) {
        p.put("key", after.key());
        p.put("id", after.id());
        return "(" + key + order.keyAfter() + order.keyParam() + " or (" + key + " = " + order.keyParam() + " and " + id
                + order.idAfter() + ":id))";
    }

    private static List<Row> rows(Query query, Map<String, Object> p) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = bind(query, p).getResultList();
        List<Row> rows = new ArrayList<>(found.size());
        for (Object[] r : found) {
            rows.add(new Row(((Number) r[0]).longValue(), String.valueOf(r[1])));
        }
        return rows;
    }

    private static Query bind(Query query, Map<String, Object> p) {
        p.forEach(query::setParameter);
        return query;
    }
}
