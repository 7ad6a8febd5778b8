package vn.vigil.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.PeriodicReportView.Narrative;
import vn.vigil.reporting.api.ReportKind;

/** The rows of {@code reporting.periodic_report}, by plain JDBC; callers supply the transaction. */
@ApplicationScoped
public class PeriodicReportStore {

    private static final String COLUMNS = "id, kind, year, province_id, period_from, cut_off, status, report_version,"
            + " replaces_id, number_text, issued_on, issued_by, assessment, difficulties, proposals, next_tasks,"
            + " version, figures::text, small_count_threshold";

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    /** A stored report; {@code figures} is empty for a draft. */
    public record Row(
            long id,
            ReportKind kind,
            int year,
            Long provinceId,
            LocalDate from,
            LocalDate cutOff,
            String status,
            int reportVersion,
            Long replacesId,
            String number,
            LocalDate issuedOn,
            String issuedBy,
            Narrative narrative,
            long version,
            List<Indicator> figures,
            Integer smallCountThreshold) {}

    public long insert(
            ReportKind kind,
            int year,
            Long province,
            LocalDate from,
            LocalDate cutOff,
            int reportVersion,
            Long replaces,
            Narrative narrative,
            String by) {
        String sql = "insert into reporting.periodic_report (kind, year, province_id, period_from, cut_off, status,"
                + " report_version, replaces_id, assessment, difficulties, proposals, next_tasks, created_by,"
                + " updated_by) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?) returning id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, kind.name());
            s.setInt(2, year);
            s.setObject(3, province);
            s.setObject(4, from);
            s.setObject(5, cutOff);
            s.setInt(6, reportVersion);
            s.setObject(7, replaces);
            s.setString(8, narrative.assessment());
            s.setString(9, narrative.difficulties());
            s.setString(10, narrative.proposals());
            s.setString(11, narrative.nextTasks());
            s.setString(12, by);
            s.setString(13, by);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Drafting a periodic report failed", e);
        }
    }

    /** Writes the narrative of a draft at {@code version}; false when it is not a draft at that version. */
    public boolean write(long id, long version, Narrative narrative, String by) {
        String sql = "update reporting.periodic_report set assessment = ?, difficulties = ?, proposals = ?,"
                + " next_tasks = ?, version = version + 1, updated_at = now(), updated_by = ?"
                + " where id = ? and version = ? and status = 'DRAFT'";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, narrative.assessment());
            s.setString(2, narrative.difficulties());
            s.setString(3, narrative.proposals());
            s.setString(4, narrative.nextTasks());
            s.setString(5, by);
            s.setLong(6, id);
            s.setLong(7, version);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Writing a periodic report failed", e);
        }
    }

    /** Issues a draft at {@code version} with its number and figures; false when it is not a draft at that version. */
    public boolean issue(
            long id, long version, String number, LocalDate on, List<Indicator> figures, int threshold, String by) {
        String sql = "update reporting.periodic_report set status = 'ISSUED', number_text = ?, issued_on = ?,"
                + " issued_by = ?, figures = ?::jsonb, small_count_threshold = " + threshold
                + ", version = version + 1, updated_at = now(), updated_by = ?"
                + " where id = ? and version = ? and status = 'DRAFT'";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, number);
            s.setObject(2, on);
            s.setString(3, by);
            s.setString(4, json(figures));
            s.setString(5, by);
            s.setLong(6, id);
            s.setLong(7, version);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Issuing a periodic report failed", e);
        }
    }

    public Optional<Row> find(long id) {
        List<Row> rows = select("select " + COLUMNS + " from reporting.periodic_report where id = ?", id, 1);
        return rows.stream().findFirst();
    }

    /** The version that replaces a report, if one was drafted. */
    public Optional<Long> replacement(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select id from reporting.periodic_report where replaces_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a periodic report failed", e);
        }
    }

    public List<Row> recent(int limit) {
        return select(
                "select " + COLUMNS + " from reporting.periodic_report order by year desc, id desc limit ?",
                limit,
                limit);
    }

    private List<Row> select(String sql, long parameter, int most) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            s.setMaxRows(most);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading periodic reports failed", e);
        }
        return rows;
    }

    private static Row row(ResultSet r) throws SQLException {
        Date issued = r.getDate(11);
        return new Row(
                r.getLong(1),
                ReportKind.valueOf(r.getString(2)),
                r.getInt(3),
                (Long) r.getObject(4),
                r.getDate(5).toLocalDate(),
                r.getDate(6).toLocalDate(),
                r.getString(7),
                r.getInt(8),
                (Long) r.getObject(9),
                r.getString(10),
                issued == null ? null : issued.toLocalDate(),
                r.getString(12),
                new Narrative(r.getString(13), r.getString(14), r.getString(15), r.getString(16)),
                r.getLong(17),
                figures(r.getString(18)),
                (Integer) r.getObject(19));
    }

    static String json(List<Indicator> figures) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Indicator i : figures) {
            var o = Json.createObjectBuilder()
                    .add("code", i.code())
                    .add("value", i.value())
                    .add("small", i.small())
                    .add("yearBeforeSmall", i.yearBeforeSmall());
            if (i.yearBefore() != null) {
                o.add("yearBefore", i.yearBefore());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    static List<Indicator> figures(String json) {
        if (json == null) {
            return List.of();
        }
        List<Indicator> figures = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                figures.add(new Indicator(
                        o.getString("code"),
                        o.getJsonNumber("value").longValue(),
                        o.containsKey("yearBefore")
                                ? o.getJsonNumber("yearBefore").longValue()
                                : null,
                        o.getBoolean("small"),
                        o.getBoolean("yearBeforeSmall")));
            }
        }
        return figures;
    }
}
