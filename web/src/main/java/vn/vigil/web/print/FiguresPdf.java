package vn.vigil.web.print;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.vigil.reporting.api.Figures;
import vn.vigil.web.export.TitledTables;
import vn.vigil.web.i18n.Bundles;

/**
 * A period's figures as a document for a scheduled report's e-mail: the national heading, the schedule's name as the
 * title with the period and the area it covers, then one table per area beside the same period a year before, as
 * the periodic report prints them. Hidden victim counts print as "&lt;threshold". It has no number and no signature:
 * it is figures sent for information, not an issued report.
 */
public final class FiguresPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private FiguresPdf() {}

    /** @param scope the province's name, or what "every province" is called */
    public static byte[] render(Figures figures, String title, String scope, String agency, String place) {
        return render(figures, title, scope, agency, place, "schedules.pdf.automatic");
    }

    /** The same document with another closing note (a bundle key): where it was printed from. */
    public static byte[] render(
            Figures figures, String title, String scope, String agency, String place, String noteKey) {
        return render(figures, title, scope, agency, place, noteKey, List.of());
    }

    /** The same document followed by the overview's detailed tables, each under its numbered title. */
    public static byte[] render(
            Figures figures,
            String title,
            String scope,
            String agency,
            String place,
            String noteKey,
            List<TitledTables.Table> tables) {
        AdministrativeDocument document = new AdministrativeDocument(title)
                .heading(agency, null, place, LocalDate.now(VIETNAM))
                .title(
                        title.toUpperCase(Bundles.VIETNAMESE),
                        t(
                                "schedules.pdf.about",
                                scope,
                                DAY.format(figures.period().from()),
                                DAY.format(figures.period().until())));
        int section = PeriodicReportPdf.figureSections(document, figures.indicators(), figures.smallCountThreshold());
        for (TitledTables.Table table : tables) {
            if (table.rows().isEmpty()) {
                continue;
            }
            document.section(section++ + ". " + table.title());
            float[] widths = new float[table.columns().size()];
            java.util.Arrays.fill(widths, 2);
            widths[0] = 5;
            document.table(
                    widths,
                    table.columns(),
                    table.rows().stream()
                            .map(row -> row.stream()
                                    .map(cell -> AdministrativeDocument.Cell.of(
                                            cell instanceof Long n
                                                    ? VietnameseAmount.figures(n)
                                                    : String.valueOf(cell)))
                                    .toList())
                            .toList());
        }
        document.line(" ");
        document.line(t("schedules.pdf.smallCounts", figures.smallCountThreshold()));
        document.line(t(noteKey));
        return document.toPdf();
    }

    private static String t(String key, Object... args) {
        return Bundles.text(Bundles.VIETNAMESE, key, args);
    }
}
