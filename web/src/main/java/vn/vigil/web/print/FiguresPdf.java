package vn.vigil.web.print;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.Indicator;
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
        AdministrativeDocument document = new AdministrativeDocument(title)
                .heading(agency, null, place, LocalDate.now(VIETNAM))
                .title(
                        title.toUpperCase(Bundles.VIETNAMESE),
                        t(
                                "schedules.pdf.about",
                                scope,
                                DAY.format(figures.period().from()),
                                DAY.format(figures.period().until())));
        String small = "<" + figures.smallCountThreshold();
        Map<String, List<Indicator>> areas = new LinkedHashMap<>();
        for (Indicator i : figures.indicators()) {
            areas.computeIfAbsent(i.code().substring(0, i.code().indexOf('.')), a -> new ArrayList<>())
                    .add(i);
        }
        int section = 1;
        for (Map.Entry<String, List<Indicator>> area : areas.entrySet()) {
            document.section(section++ + ". " + t("reports.group." + area.getKey()));
            List<List<AdministrativeDocument.Cell>> rows = new ArrayList<>();
            for (Indicator i : area.getValue()) {
                rows.add(List.of(
                        AdministrativeDocument.Cell.of(t("indicator." + i.code())),
                        AdministrativeDocument.Cell.of(i.small() ? small : VietnameseAmount.figures(i.value())),
                        AdministrativeDocument.Cell.of(
                                i.yearBefore() == null
                                        ? ""
                                        : i.yearBeforeSmall() ? small : VietnameseAmount.figures(i.yearBefore()))));
            }
            document.table(
                    new float[] {5, 2, 2},
                    List.of(t("reports.indicator"), t("reports.value"), t("reports.yearBefore")),
                    rows);
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
