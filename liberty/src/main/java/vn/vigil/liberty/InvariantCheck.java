package vn.vigil.liberty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the invariants every module states about its stored data, as its view {@code <schema>.invariant_violation}
 * (one row per row that breaks a rule): core (document numbers without gaps), inspection (visits and their records,
 * evidence and team calendars), violation (fine total = sum of the acts, paid = sum of the payments, each status
 * reached through allowed steps, decided cases charge acts, fines in range, acts in force, documents issued, deadlines
 * as the application sets them, cases of visits) and victim (budget ledger against lines and requests). Sound data
 * gives no rows at all. Steps taken after their statutory period ({@code violation.late_step}) are allowed by the
 * application and reported apart, as a count with examples.
 *
 * <p>Run by the {@code check} profile beside the run profile, once Vigil is ready (its migrations made the views):
 * {@code ./mvnw -Prun,check verify -Dvigil.data.dir=...}; it prints the count per rule and a few examples, and
 * Vigil keeps running. The generator's test runs {@link #violations} on a generated set.
 */
public final class InvariantCheck {

    /** A row that breaks a rule: which module states the rule, the rule, what breaks it and how. */
    record Violation(String module, String rule, String subject, String detail) {}

    private static final List<String> SCHEMAS = List.of("core", "inspection", "violation", "victim");
    private static final int EXAMPLES = 5;

    private InvariantCheck() {}

    public static void main(String[] args) throws Exception {
        NationalDataSet.waitUntilReady(args.length > 0 ? args[0] : "9080");
        long started = System.nanoTime();
        try (Connection c = NationalDataSet.connect()) {
            List<Violation> found = violations(c);
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            reportLateSteps(c);
            if (found.isEmpty()) {
                System.out.printf("[vigil] invariant check (%ds): no violations%n", seconds);
                return;
            }
            Map<String, List<Violation>> byRule = new LinkedHashMap<>();
            found.forEach(v -> byRule.computeIfAbsent(v.module() + " " + v.rule(), k -> new ArrayList<>())
                    .add(v));
            System.out.printf("[vigil] invariant check (%ds): %,d violations%n", seconds, found.size());
            byRule.forEach((rule, rows) -> {
                System.out.printf("[vigil]   %s: %,d%n", rule, rows.size());
                rows.stream()
                        .limit(EXAMPLES)
                        .forEach(v -> System.out.printf("[vigil]     %s: %s%n", v.subject(), v.detail()));
            });
        }
    }

    /** Steps of violation cases taken after their statutory period: how many, and the first few. */
    private static void reportLateSteps(Connection c) throws SQLException {
        List<String> examples = new ArrayList<>();
        long count = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select case_id, action, due_rule, due_on, taken_on"
                        + " from violation.late_step order by case_id, position")) {
            while (rs.next()) {
                if (count++ < EXAMPLES) {
                    examples.add(String.format(
                            "ViolationCase %d: %s on %s, %s due %s",
                            rs.getLong(1), rs.getString(2), rs.getString(5), rs.getString(3), rs.getString(4)));
                }
            }
        }
        System.out.printf(
                "[vigil] steps after their statutory period (allowed; the case was overdue until then): %,d%n", count);
        examples.forEach(e -> System.out.printf("[vigil]     %s%n", e));
    }

    /** Every row of every module's invariant view, by module and rule. */
    static List<Violation> violations(Connection c) throws SQLException {
        return violations(c, null);
    }

    /**
     * The rows of one rule (every rule when null). Each view is a union of one branch per rule, each naming its rule
     * as a constant, so PostgreSQL runs only the branch asked for.
     */
    static List<Violation> violations(Connection c, String rule) throws SQLException {
        if (rule != null && !rule.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("not a rule: " + rule);
        }
        StringBuilder query = new StringBuilder();
        for (String schema : SCHEMAS) {
            if (!query.isEmpty()) {
                query.append(" union all ");
            }
            query.append("select '")
                    .append(schema)
                    .append("', rule, subject, detail from ")
                    .append(schema)
                    .append(".invariant_violation")
                    .append(rule == null ? "" : " where rule = '" + rule + "'");
        }
        query.append(" order by 1, 2, 3");
        List<Violation> found = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query.toString())) {
            while (rs.next()) {
                found.add(new Violation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return found;
    }
}
