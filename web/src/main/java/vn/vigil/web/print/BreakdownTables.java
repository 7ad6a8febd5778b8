package vn.vigil.web.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.vigil.reporting.api.BreakdownRow;
import vn.vigil.reporting.api.Breakdowns;
import vn.vigil.reporting.api.PlanFigures;
import vn.vigil.web.export.TitledTables.Table;
import vn.vigil.web.i18n.Bundles;

/**
 * The overview's tables behind a period's figures as plain titled tables in one language, the same columns as the
 * page shows, for the spreadsheet, CSV and PDF exports. A small victim count keeps its "&lt;5" and the cells beside
 * it their "x": nothing hidden on the page is written out.
 */
public final class BreakdownTables {

    private BreakdownTables() {}

    public static List<Table> of(Breakdowns b, Locale locale) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(
                t(locale, "reports.plans"),
                List.of(
                        t(locale, "reports.plans.plan"),
                        t(locale, "reports.plans.campaign"),
                        t(locale, "reports.export.inspected"),
                        t(locale, "reports.export.targets"),
                        t(locale, "reports.export.coverageTarget"),
                        t(locale, "reports.export.unannounced"),
                        t(locale, "reports.export.minUnannounced")),
                b.plans().stream().map(p -> plan(p, locale)).toList()));
        tables.add(rows(
                locale,
                "reports.byLineAndRisk",
                "reports.businessLine",
                b.establishmentsByLine(),
                r -> r.label(locale),
                "reports.risk.LOW",
                "reports.risk.MEDIUM",
                "reports.risk.HIGH"));
        tables.add(rows(
                locale,
                "reports.byMonth",
                "reports.export.month",
                b.byMonth(),
                BreakdownRow::key,
                "reports.chart.visitsDone",
                "reports.chart.visitsDoneYearBefore",
                "reports.chart.cases",
                "reports.export.casesYearBefore"));
        tables.add(rows(
                locale,
                "reports.casesByStep",
                "reports.step",
                b.casesByStep(),
                r -> t(locale, "cases.status." + r.key()),
                "indicator.VIO.CASES",
                "indicator.VIO.FINES_IMPOSED",
                "indicator.VIO.FINES_COLLECTED"));
        tables.add(rows(
                locale,
                "reports.actsByProvision",
                "reports.provision",
                b.actsByProvision(),
                r -> r.label(locale),
                "indicator.VIO.ACTS",
                "indicator.VIO.FINES_IMPOSED"));
        tables.add(rows(
                locale,
                "reports.supportByType",
                "reports.supportType",
                b.supportByType(),
                r -> r.label(locale),
                "indicator.SUP.REQUESTS",
                "indicator.SUP.AMOUNT_APPROVED",
                "indicator.SUP.AMOUNT_PAID"));
        tables.add(rows(
                locale,
                "reports.moneyBySource",
                "reports.fundingSource",
                b.moneyBySource(),
                r -> r.label(locale),
                "reports.chart.committed",
                "reports.chart.paid"));
        tables.add(rows(
                locale,
                "reports.departments",
                "reports.department",
                b.departments(),
                r -> r.label(locale),
                "reports.departments.done",
                "reports.departments.overdue"));
        return tables;
    }

    private static List<Object> plan(PlanFigures p, Locale locale) {
        return List.of(
                p.number() + " — " + p.title(),
                t(locale, "campaign." + p.campaign()),
                (long) p.inspectedCount(),
                (long) p.targetCount(),
                p.coverageTargetPercent() + "%",
                (long) p.unannouncedVisits(),
                (long) p.minUnannouncedVisits());
    }

    private static Table rows(
            Locale locale,
            String titleKey,
            String firstColumnKey,
            List<BreakdownRow> rows,
            Function<BreakdownRow, String> name,
            String... valueKeys) {
        List<String> columns = new ArrayList<>();
        columns.add(t(locale, firstColumnKey));
        for (String key : valueKeys) {
            columns.add(t(locale, key));
        }
        List<List<Object>> cells = new ArrayList<>();
        for (BreakdownRow r : rows) {
            List<Object> line = new ArrayList<>();
            line.add(name.apply(r));
            for (int i = 0; i < valueKeys.length; i++) {
                if (r.shown() != null) {
                    line.add(i == 0 ? r.shown() : "x");
                } else {
                    line.add(i < r.values().size() ? r.value(i) : 0L);
                }
            }
            cells.add(line);
        }
        return new Table(t(locale, titleKey), columns, cells);
    }

    private static String t(Locale locale, String key) {
        return Bundles.text(locale, key);
    }
}
