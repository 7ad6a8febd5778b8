package vn.vigil.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.vigil.reporting.api.BreakdownRow;
import vn.vigil.reporting.api.Period;

/**
 * The breakdowns of the overview, each one grouped statement over the read model's aggregates (the monthly rollups
 * where a whole month is read, the daily rows otherwise), labelled from the catalogues (business lines, legal
 * provisions, support types, funding sources, departments: names only). A province narrows what has a commune;
 * support and money belong to the province's budget and are not narrowed.
 *
 * <p>Always inside a transaction: the dashboard calls it between transactional services, and a connection taken
 * outside one would stay with the request until it ended, a second connection beside each service's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class BreakdownQueries {

    /** At most this many provisions are listed, the most frequent first. */
    static final int TOP_PROVISIONS = 15;

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    /** Establishments not closed, by business line: low, medium, high risk. */
    public List<BreakdownRow> establishmentsByLine(Long province) {
        return rows(
                """
                select l.code, l.name_vi, l.name_en,
                       coalesce(sum(f.establishments) filter (where f.risk_band = 'LOW'), 0),
                       coalesce(sum(f.establishments) filter (where f.risk_band = 'MEDIUM'), 0),
                       coalesce(sum(f.establishments) filter (where f.risk_band = 'HIGH'), 0)
                  from reporting.establishment_fact f
                  join inspection.business_line l on l.id = f.business_line_id
                """ + provinceJoin("f.commune_id", province) + """
                 where f.status <> 'CLOSED'
                 group by l.id, l.code, l.name_vi, l.name_en
                 order by sum(f.establishments) desc, l.code
                """, province == null ? List.of() : List.of(province));
    }

    /**
     * Per month of the period: visits signed off and violation cases detected, each beside the same month a year
     * before, from the month-by-province rollups (whole months; a period's partial months count whole).
     */
    public List<BreakdownRow> byMonth(Long province, Period period) {
        YearMonth first = YearMonth.from(period.from());
        YearMonth last = YearMonth.from(period.until());
        LocalDate from = first.minusYears(1).atDay(1);
        LocalDate to = last.plusMonths(1).atDay(1);
        String narrow = province == null ? "" : " and province_id = ?";
        List<Object> parameters = new ArrayList<>(List.of(from, to));
        if (province != null) {
            parameters.add(province);
        }
        parameters.addAll(List.of(from, to));
        if (province != null) {
            parameters.add(province);
        }
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, new long[4]);
        }
        query("""
                select month, 0 as fact, sum(visits) from reporting.visit_month
                 where status = 'SIGNED_OFF' and month >= ? and month < ?""" + narrow + """
                 group by month
                union all
                select month, 1, sum(cases) from reporting.case_month
                 where month >= ? and month < ?""" + narrow + """
                 group by month
                """, parameters, r -> {
            YearMonth month = YearMonth.from(r.getObject(1, LocalDate.class));
            int fact = r.getInt(2);
            long value = r.getLong(3);
            long[] now = months.get(month);
            if (now != null) {
                now[fact * 2] += value;
            }
            long[] yearAfter = months.get(month.plusYears(1));
            if (yearAfter != null) {
                yearAfter[fact * 2 + 1] += value;
            }
        });
        List<BreakdownRow> rows = new ArrayList<>();
        months.forEach((month, v) -> rows.add(new BreakdownRow(
                month.toString(),
                String.format("%02d/%d", month.getMonthValue(), month.getYear()),
                String.format("%02d/%d", month.getMonthValue(), month.getYear()),
                List.of(v[0], v[1], v[2], v[3]))));
        return rows;
    }

    /** Violation cases detected in the period by their step: cases, fines imposed, fines paid. */
    public List<BreakdownRow> casesByStep(Long province, Period period) {
        List<Object> parameters = new ArrayList<>();
        String rows = FigureQueries.rowsOf(
                new FigureQueries.Source("status, cases, fines, paid", "case_month", "case_fact", "commune_id"),
                province,
                period,
                parameters);
        return rows(
                "select f.status, f.status, f.status, sum(f.cases), sum(f.fines), sum(f.paid) from " + rows
                        + " group by f.status order by sum(f.cases) desc, f.status",
                parameters);
    }

    /** The acts of the period's cases by legal provision, the most frequent first: acts, fines. */
    public List<BreakdownRow> actsByProvision(Long province, Period period) {
        List<Object> parameters = new ArrayList<>();
        String rows = FigureQueries.rowsOf(
                new FigureQueries.Source("provision_id, acts, fines", "case_act_month", "case_act_fact", "commune_id"),
                province,
                period,
                parameters);
        return rows("""
                select p.id::text,
                       p.decree || ', Điều ' || p.article || ' khoản ' || p.clause
                           || coalesce(' điểm ' || p.point, '') || ' — ' || p.description,
                       'Decree ' || p.decree || ', art. ' || p.article || '(' || p.clause || ')'
                           || coalesce('(' || p.point || ')', '') || ' — ' || p.description,
                       t.acts, t.fines
                  from (select f.provision_id, sum(f.acts) as acts, sum(f.fines) as fines from
                """ + rows + """
                         group by f.provision_id order by sum(f.acts) desc, f.provision_id limit
                """ + TOP_PROVISIONS + """
                       ) t
                  join violation.legal_provision p on p.id = t.provision_id
                 order by t.acts desc, p.id
                """, parameters);
    }

    /** Support requests of the period by type, not cancelled: requests, amount approved, amount paid. */
    public List<BreakdownRow> supportByType(Period period) {
        return rows("""
                select t.code, t.name_vi, t.name_en,
                       coalesce(sum(f.requests), 0),
                       coalesce(sum(f.amount) filter (where f.status in ('APPROVED', 'DISBURSED')), 0),
                       coalesce(sum(f.amount) filter (where f.status = 'DISBURSED'), 0)
                  from reporting.support_fact f
                  join victim.support_type t on t.code = f.support_type
                 where f.status <> 'CANCELLED' and f.day between ? and ?
                 group by t.code, t.position, t.name_vi, t.name_en
                 order by t.position
                """, List.of(period.from(), period.until()));
    }

    /** The period's ledger by funding source: committed net of releases, paid. */
    public List<BreakdownRow> moneyBySource(Period period) {
        return rows("""
                select s.id::text, s.name, s.name,
                       coalesce(sum(f.amount) filter (where f.kind = 'COMMITTED'), 0)
                           - coalesce(sum(f.amount) filter (where f.kind = 'RELEASED'), 0),
                       coalesce(sum(f.amount) filter (where f.kind = 'DISBURSED'), 0)
                  from reporting.ledger_fact f
                  join victim.budget_line l on l.id = f.budget_line_id
                  join victim.funding_source s on s.id = l.funding_source_id
                 where f.day between ? and ?
                 group by s.id, s.name
                 order by s.name
                """, List.of(period.from(), period.until()));
    }

    /**
     * Each department's visits of the period: signed off (whole months from the rollup, edge days from the daily
     * rows), and overdue — the visit's day is in the period and before {@code today}, and it is neither signed off nor
     * called off (few rows, found by a partial index).
     */
    public List<BreakdownRow> departments(Long province, Period period, LocalDate today) {
        List<Object> parameters = new ArrayList<>();
        String done = FigureQueries.rowsOf(
                new FigureQueries.Source(
                        "department_id, status, visits",
                        "visit_department_month",
                        "visit_department_fact",
                        "commune_id"),
                province,
                period,
                parameters);
        parameters.addAll(parameters(province, period));
        parameters.add(today);
        return rows("""
                select d.code, d.name, d.name, coalesce(s.visits, 0), coalesce(o.visits, 0)
                  from core.department d
                  left join (select f.department_id, sum(f.visits) as visits from
                """ + done + """
                              where f.status = 'SIGNED_OFF' group by f.department_id) s on s.department_id = d.id
                  left join (select f.department_id, sum(f.visits) as visits
                               from reporting.visit_department_fact f
                """ + provinceJoin("f.commune_id", province) + """
                              where f.status in ('SCHEDULED', 'IN_PROGRESS') and f.day between ? and ? and f.day < ?
                              group by f.department_id) o on o.department_id = d.id
                 where s.visits is not null or o.visits is not null
                 order by d.code
                """, parameters);
    }

    /**
     * One department's visits signed off, month by month from January to {@code today}'s month, from the month
     * rollup (every province): key "yyyy-MM", then the count; months without any are listed with 0.
     */
    public List<BreakdownRow> departmentMonths(String departmentCode, LocalDate today) {
        LocalDate first = today.withDayOfYear(1);
        return rows("""
                select to_char(m.month, 'YYYY-MM'), to_char(m.month, 'MM/YYYY'), to_char(m.month, 'MM/YYYY'),
                       coalesce(sum(v.visits), 0)
                  from generate_series(?::date, ?::date, interval '1 month') as m (month)
                  left join (select f.month, f.visits from reporting.visit_department_month f
                               join core.department d on d.id = f.department_id and d.code = ?
                              where f.status = 'SIGNED_OFF' and f.month between ? and ?) v on v.month = m.month
                 group by m.month
                 order by m.month
                """, List.of(first, today.withDayOfMonth(1), departmentCode, first, today.withDayOfMonth(1)));
    }

    private static String provinceJoin(String unitColumn, Long province) {
        return province == null
                ? ""
                : " join reporting.unit_map u on u.unit_id = " + unitColumn + " and u.province_id = ?\n";
    }

    private static List<Object> parameters(Long province, Period period) {
        List<Object> parameters = new ArrayList<>();
        if (province != null) {
            parameters.add(province);
        }
        parameters.add(period.from());
        parameters.add(period.until());
        return parameters;
    }

    /** Rows of key, Vietnamese label, English label, then figures. */
    private List<BreakdownRow> rows(String sql, List<Object> parameters) {
        List<BreakdownRow> rows = new ArrayList<>();
        query(sql, parameters, r -> {
            int columns = r.getMetaData().getColumnCount();
            List<Long> values = new ArrayList<>();
            for (int i = 4; i <= columns; i++) {
                values.add(r.getLong(i));
            }
            rows.add(new BreakdownRow(r.getString(1), r.getString(2), r.getString(3), values));
        });
        return rows;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, List<Object> parameters, RowReader reader) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a breakdown failed", e);
        }
    }
}
