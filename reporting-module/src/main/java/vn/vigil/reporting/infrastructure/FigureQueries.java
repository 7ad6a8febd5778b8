package vn.vigil.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.vigil.reporting.api.Period;

/**
 * The figures of a period, summed from the read model's aggregates: one statement per fact, each reading the
 * aggregate rows of the period's days (for a province, joined to the unit map so a merged commune counts under its
 * successor's province). Indicator codes are those of docs/indicators.md.
 */
@ApplicationScoped
public class FigureQueries {

    /** Indicators about victims: below the small-count threshold they are shown only to victim work. */
    public static final List<String> VICTIM_CODES =
            List.of("VIC.RECEIVED", "VIC.VERIFIED", "VIC.CHILDREN", "VIC.FOREIGN", "VIC.OPEN");

    /** Indicators of the registry as it stands, which have no period. */
    public static final List<String> CURRENT_CODES =
            List.of("EST.TOTAL", "EST.OPERATING", "EST.HIGH_RISK", "EST.SUSPENDED");

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    public boolean isProvince(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from core.administrative_unit"
                        + " where id = ? and level = 'PROVINCE' and valid_to is null")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the province failed", e);
        }
    }

    /** The registry's figures now, for a province or (null) everywhere. */
    public Map<String, Long> current(Long province) {
        Map<String, Long> figures = new LinkedHashMap<>();
        query(figures, CURRENT_CODES, """
                select coalesce(sum(establishments) filter (where f.status <> 'CLOSED'), 0),
                       coalesce(sum(establishments) filter (where f.status = 'OPERATING'), 0),
                       coalesce(sum(establishments) filter (where f.status = 'OPERATING' and f.risk_band = 'HIGH'), 0),
                       coalesce(sum(establishments) filter (where f.status = 'SUSPENDED'), 0)
                  from reporting.establishment_fact f %s
                """, "f.commune_id", province, null);
        return figures;
    }

    /** The figures of one period, for a province or (null) everywhere. */
    public Map<String, Long> period(Long province, Period period) {
        Map<String, Long> figures = new LinkedHashMap<>();
        List<Part> parts = new ArrayList<>();
        parts.add(rolled(
                List.of("INS.VISITS_DONE", "INS.VISITS_UNANNOUNCED", "INS.VISITS_PLANNED", "INS.VISITS_CANCELLED"),
                """
                coalesce(sum(visits) filter (where f.status = 'SIGNED_OFF'), 0),
                coalesce(sum(visits) filter (where f.status = 'SIGNED_OFF' and f.kind = 'UNANNOUNCED'), 0),
                coalesce(sum(visits) filter (where f.status <> 'CANCELLED'), 0),
                coalesce(sum(visits) filter (where f.status = 'CANCELLED'), 0)""",
                new Source("status, kind, visits", "visit_month", "visit_fact", "commune_id"),
                province,
                period));
        parts.add(rolled(
                List.of("VIO.CASES", "VIO.FINES_IMPOSED", "VIO.FINES_COLLECTED", "VIO.TRANSFERRED", "VIO.CLOSED"),
                """
                coalesce(sum(cases), 0), coalesce(sum(fines), 0), coalesce(sum(paid), 0),
                coalesce(sum(cases) filter (where f.status in ('TRANSFERRED_TO_POLICE', 'PROSECUTED')), 0),
                coalesce(sum(cases) filter (where f.status in ('CLOSED', 'NOT_SANCTIONED', 'EXEMPTED', 'PROSECUTED')),
                         0)""",
                new Source("status, cases, fines, paid", "case_month", "case_fact", "commune_id"),
                province,
                period));
        parts.add(rolled(
                List.of("VIO.ACTS"),
                "coalesce(sum(acts), 0)",
                new Source("acts", "case_act_month", "case_act_fact", "commune_id"),
                province,
                period));
        parts.add(rolled(
                VICTIM_CODES,
                """
                coalesce(sum(cases) filter (where f.person_role = 'VICTIM'), 0),
                coalesce(sum(cases) filter (where f.person_role = 'VICTIM' and f.person_status = 'VERIFIED_VICTIM'), 0),
                coalesce(sum(cases) filter (where f.person_role = 'VICTIM' and f.age_band = 'U16'), 0),
                coalesce(sum(cases) filter (where f.person_role = 'VICTIM' and f.nationality <> 'VN'), 0),
                coalesce(sum(cases) filter (where f.person_role = 'VICTIM' and f.status = 'OPEN'), 0)""",
                new Source(
                        "person_role, person_status, age_band, nationality, status, cases",
                        "victim_month",
                        "victim_fact",
                        "unit_id"),
                province,
                period));
        // support and money belong to the province's budget: they have no commune, and few rows a day
        parts.add(rolled(
                List.of("SUP.REQUESTS", "SUP.AMOUNT_REQUESTED", "SUP.AMOUNT_APPROVED", "SUP.AMOUNT_PAID"),
                """
                coalesce(sum(requests) filter (where f.status <> 'CANCELLED'), 0),
                coalesce(sum(amount) filter (where f.status <> 'CANCELLED'), 0),
                coalesce(sum(amount) filter (where f.status in ('APPROVED', 'DISBURSED')), 0),
                coalesce(sum(amount) filter (where f.status = 'DISBURSED'), 0)""",
                new Source("status, requests, amount", null, "support_fact", null),
                null,
                period));
        parts.add(rolled(
                List.of("FIN.COMMITTED", "FIN.RELEASED", "FIN.DISBURSED"),
                """
                coalesce(sum(amount) filter (where f.kind = 'COMMITTED'), 0),
                coalesce(sum(amount) filter (where f.kind = 'RELEASED'), 0),
                coalesce(sum(amount) filter (where f.kind = 'DISBURSED'), 0)""",
                new Source("kind, amount", null, "ledger_fact", null),
                null,
                period));
        run(figures, parts);
        return figures;
    }

    /**
     * Where a fact's rows come from: its month-by-province rollup for the whole months of a period (none: only the
     * daily rows), its daily aggregate for the days at the edges, and the daily aggregate's unit column.
     */
    public record Source(String columns, String monthTable, String dailyTable, String unitColumn) {}

    /**
     * A period split into whole months, read from the rollups, and the days before and after them, read from the
     * daily aggregates; all ranges half-open.
     */
    record Split(
            LocalDate monthsFrom,
            LocalDate monthsTo,
            LocalDate headFrom,
            LocalDate headTo,
            LocalDate tailFrom,
            LocalDate tailTo) {

        static Split of(Period period, boolean withMonths) {
            LocalDate end = period.until().plusDays(1);
            LocalDate first = period.from().getDayOfMonth() == 1
                    ? period.from()
                    : period.from().withDayOfMonth(1).plusMonths(1);
            LocalDate last = end.withDayOfMonth(1);
            if (!withMonths || !first.isBefore(last)) {
                return new Split(period.from(), period.from(), period.from(), end, end, end);
            }
            return new Split(first, last, period.from(), first, last, end);
        }
    }

    /** One fact's part of a period's statement: its codes, its subquery (one row) and that subquery's parameters. */
    record Part(List<String> codes, String sql, List<Object> parameters) {}

    private static Part rolled(List<String> codes, String aggregates, Source source, Long province, Period period) {
        List<Object> parameters = new ArrayList<>();
        String rows = rowsOf(source, province, period, parameters);
        return new Part(codes, "select " + aggregates + " from " + rows, parameters);
    }

    /**
     * A fact's rows over a period as the derived table {@code f}: the whole months from its rollup (for a province,
     * the rollup's own province column), the days at the edges from its daily aggregate (joined to the unit map for a
     * province). Appends the fragment's parameters, in order, to {@code parameters}.
     */
    static String rowsOf(Source source, Long province, Period period, List<Object> parameters) {
        boolean byProvince = province != null && source.unitColumn() != null;
        Split split = Split.of(period, source.monthTable() != null);
        StringBuilder sql = new StringBuilder("(");
        if (source.monthTable() != null) {
            sql.append("select ")
                    .append(source.columns())
                    .append(" from reporting.")
                    .append(source.monthTable())
                    .append(" m where m.month >= ? and m.month < ?")
                    .append(byProvince ? " and m.province_id = ?" : "")
                    .append(" union all ");
            parameters.add(split.monthsFrom());
            parameters.add(split.monthsTo());
            if (byProvince) {
                parameters.add(province);
            }
        }
        sql.append("select ")
                .append(source.columns().replaceAll("(\\w+)", "d.$1"))
                .append(" from reporting.")
                .append(source.dailyTable())
                .append(" d")
                .append(
                        byProvince
                                ? " join reporting.unit_map u on u.unit_id = d." + source.unitColumn()
                                        + " and u.province_id = ?"
                                : "")
                .append(" where (d.day >= ? and d.day < ?) or (d.day >= ? and d.day < ?)) f");
        if (byProvince) {
            parameters.add(province);
        }
        parameters.addAll(List.of(split.headFrom(), split.headTo(), split.tailFrom(), split.tailTo()));
        return sql.toString();
    }

    /** Every part in one statement (one round trip): the parts' single rows side by side. */
    private void run(Map<String, Long> into, List<Part> parts) {
        StringBuilder sql = new StringBuilder("select * from ");
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "" : " cross join ")
                    .append('(')
                    .append(parts.get(i).sql())
                    .append(") q")
                    .append(i);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (Part part : parts) {
                for (Object parameter : part.parameters()) {
                    s.setObject(p++, parameter);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                int column = 1;
                for (Part part : parts) {
                    for (String code : part.codes()) {
                        into.put(code, r.getLong(column++));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a period's figures failed", e);
        }
    }

    /** Per commune in force (by id): visits done, cases, fines imposed, victims received. */
    public Map<Long, long[]> byCommune(long province, Period period) {
        Map<Long, long[]> rows = new TreeMap<>();
        grouped(rows, 0, """
                select u.commune_id, coalesce(sum(visits), 0) from reporting.visit_fact f
                  join reporting.unit_map u on u.unit_id = f.commune_id and u.province_id = ?
                 where f.status = 'SIGNED_OFF' and f.day between ? and ? group by 1
                """, province, period);
        grouped(rows, 1, """
                select u.commune_id, coalesce(sum(cases), 0), coalesce(sum(fines), 0) from reporting.case_fact f
                  join reporting.unit_map u on u.unit_id = f.commune_id and u.province_id = ?
                 where f.day between ? and ? group by 1
                """, province, period);
        grouped(rows, 3, """
                select u.commune_id, coalesce(sum(cases), 0) from reporting.victim_fact f
                  join reporting.unit_map u on u.unit_id = f.unit_id and u.province_id = ?
                 where f.person_role = 'VICTIM' and f.day between ? and ? group by 1
                """, province, period);
        return rows;
    }

    /** The names of units, by id. */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select id, name from core.administrative_unit where id = any (?)")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.put(r.getLong(1), r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading unit names failed", e);
        }
        return names;
    }

    private void grouped(Map<Long, long[]> rows, int firstColumn, String sql, long province, Period period) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, province);
            s.setObject(2, period.from());
            s.setObject(3, period.until());
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    long[] row = rows.computeIfAbsent(r.getLong(1), id -> new long[4]);
                    for (int i = 2; i <= columns; i++) {
                        row[firstColumn + i - 2] = r.getLong(i);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the figures by commune failed", e);
        }
    }

    private void query(
            Map<String, Long> into, List<String> codes, String sql, String unitColumn, Long province, Period period) {
        String join = unitColumn == null || province == null
                ? ""
                : "join reporting.unit_map u on u.unit_id = " + unitColumn + " and u.province_id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql.formatted(join))) {
            int p = 1;
            if (!join.isEmpty()) {
                s.setLong(p++, province);
            }
            if (period != null) {
                s.setObject(p++, period.from());
                s.setObject(p, period.until());
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                for (int i = 0; i < codes.size(); i++) {
                    into.put(codes.get(i), r.getLong(i + 1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the figures " + codes + " failed", e);
        }
    }
}
