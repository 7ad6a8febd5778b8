package vn.vigil.web.print;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.PeriodicReportView;
import vn.vigil.web.i18n.Bundles;

/**
 * The committee's periodic report (báo cáo kết quả) as an administrative document (Decree 30/2020 layout, as the
 * sanction decisions): heading with number, place and date; the title and the period; one section per area with
 * its table beside the same period a year before; the standing office's assessment, difficulties, tasks and
 * proposals; the signature. A draft prints "DỰ THẢO" and its figures as they stand; an issued report prints the
 * figures frozen at issue.
 */
public final class PeriodicReportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PeriodicReportPdf() {}

    public static byte[] render(PeriodicReportView report, String agency, String place) {
        String title = t("reportPdf.title." + report.kind().name(), report.year());
        AdministrativeDocument document = new AdministrativeDocument(title)
                .heading(agency, report.issued() ? report.number() : null, place, report.issuedOn());
        if (!report.issued()) {
            document.centered(t("reportPdf.draft"));
        }
        document.title(title, t("reportPdf.period", DAY.format(report.from()), DAY.format(report.cutOff())));
        if (report.reportVersion() > 1) {
            document.line(t("reportPdf.correction", report.reportVersion()));
        }
        int section = figureSections(document, report.figures(), report.smallCountThreshold());
        PeriodicReportView.Narrative n = report.narrative();
        narrative(document, section++, "reportPdf.assessment", n.assessment());
        narrative(document, section++, "reportPdf.difficulties", n.difficulties());
        narrative(document, section++, "reportPdf.nextTasks", n.nextTasks());
        narrative(document, section, "reportPdf.proposals", n.proposals());
        return document.signatures(List.of(
                        new AdministrativeDocument.Signature(t("reportPdf.recipients"), null, null),
                        new AdministrativeDocument.Signature(t("reportPdf.signer"), t("reportPdf.signerHint"), null)))
                .toPdf();
    }

    /**
     * One numbered section per area of the figures (EST, INS, VIO, VIC, SUP, FIN), each a table of its indicators
     * beside the same period a year before, hidden victim counts as "&lt;threshold". Returns the next section's number.
     */
    static int figureSections(AdministrativeDocument document, List<Indicator> figures, int smallCountThreshold) {
        String small = "<" + smallCountThreshold;
        Map<String, List<Indicator>> areas = new LinkedHashMap<>();
        for (Indicator i : figures) {
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
        return section;
    }

    private static void narrative(AdministrativeDocument document, int number, String key, String text) {
        document.section(number + ". " + t(key));
        document.line(text == null ? "…" : text);
    }

    private static String t(String key, Object... args) {
        return Bundles.text(Bundles.VIETNAMESE, key, args);
    }
}
