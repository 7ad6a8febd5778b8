package vn.vigil.web.rest.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.mail.MailMessage;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.ReportFormat;
import vn.vigil.web.export.Spreadsheet;
import vn.vigil.web.i18n.Bundles;
import vn.vigil.web.print.FiguresPdf;
import vn.vigil.web.rest.violations.ViolationPrintSettings;

/**
 * The e-mail of a scheduled report, in Vietnamese (the recipients' language): a short letter with the figures in its
 * body, and the same figures attached as the spreadsheet /api/v1/reports gives and/or as a printable document.
 */
@ApplicationScoped
public class ScheduledReportMail implements vn.vigil.reporting.api.ScheduledReportComposer {

    static final String PDF = "application/pdf";
    private static final Locale VI = Bundles.VIETNAMESE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter AS_OF =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    ViolationPrintSettings print;

    @Inject
    @ConfigProperty(name = "vigil.reports.agency", defaultValue = "Ban Chỉ đạo phòng, chống mua bán người tỉnh")
    String agency;

    protected ScheduledReportMail() {}

    /** For tests. */
    ScheduledReportMail(String agency) {
        this.agency = agency;
    }

    @Override
    public MailMessage compose(Report report, List<String> to) {
        Figures figures = report.figures();
        String scope = report.provinceName() == null ? t("schedules.everyProvince") : report.provinceName();
        String from = DAY.format(figures.period().from());
        String until = DAY.format(figures.period().until());
        String name =
                "vigil-" + figures.period().from() + "-" + figures.period().until();
        List<MailMessage.Attachment> files = new ArrayList<>();
        if (report.formats().contains(ReportFormat.XLSX)) {
            files.add(new MailMessage.Attachment(name + ".xlsx", ReportsResource.XLSX, sheet(figures)));
        }
        if (report.formats().contains(ReportFormat.PDF)) {
            String place = print == null ? null : print.place();
            files.add(new MailMessage.Attachment(
                    name + ".pdf", PDF, FiguresPdf.render(figures, report.name(), scope, agency, place)));
        }
        String intro = t("schedules.mail.intro", report.name(), scope, from, until);
        String asOf = figures.asOf() == null ? t("schedules.mail.neverBuilt") : AS_OF.format(figures.asOf());
        StringBuilder text = new StringBuilder(t("schedules.mail.greeting"))
                .append("\n\n")
                .append(intro)
                .append('\n')
                .append(t("schedules.mail.asOf", asOf))
                .append("\n\n");
        StringBuilder html = new StringBuilder("<p>")
                .append(escape(t("schedules.mail.greeting")))
                .append("</p><p>")
                .append(escape(intro))
                .append("<br>")
                .append(escape(t("schedules.mail.asOf", asOf)))
                .append("</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>")
                .append(escape(t("reports.indicator")))
                .append("</th><th>")
                .append(escape(t("reports.value")))
                .append("</th><th>")
                .append(escape(t("reports.yearBefore")))
                .append("</th></tr>");
        for (ReportsResource.FigureView f : ReportsResource.view(figures).figures()) {
            String label = t("indicator." + f.code());
            text.append("- ")
                    .append(label)
                    .append(": ")
                    .append(f.shown())
                    .append(f.yearBeforeShown().isEmpty() ? "" : " (" + f.yearBeforeShown() + ")")
                    .append('\n');
            html.append("<tr><td>")
                    .append(escape(label))
                    .append("</td><td align=\"right\">")
                    .append(escape(f.shown()))
                    .append("</td><td align=\"right\">")
                    .append(escape(f.yearBeforeShown()))
                    .append("</td></tr>");
        }
        html.append("</table>");
        String notes =
                t("schedules.mail.smallCounts", figures.smallCountThreshold()) + " " + t("schedules.mail.footer");
        text.append('\n').append(notes).append('\n');
        html.append("<p>").append(escape(notes)).append("</p>");
        return new MailMessage(
                to, t("schedules.mail.subject", report.name(), from, until), text.toString(), html.toString(), files);
    }

    /** The figures as /api/v1/reports/figures?format=xlsx gives them, in Vietnamese. */
    static byte[] sheet(Figures figures) {
        List<List<Object>> rows = ReportsResource.view(figures).figures().stream()
                .map(f -> List.<Object>of(
                        f.code(),
                        t("indicator." + f.code()),
                        f.value() == null ? f.shown() : f.value(),
                        f.yearBefore() == null ? f.yearBeforeShown() : f.yearBefore()))
                .toList();
        List<String> header =
                List.of(t("reports.code"), t("reports.indicator"), t("reports.value"), t("reports.yearBefore"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Spreadsheet.of(figures.period().from() + " – " + figures.period().until(), header, rows)
                    .write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the figures' spreadsheet failed", e);
        }
        return out.toByteArray();
    }

    private static String t(String key, Object... args) {
        return Bundles.text(VI, key, args);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
