package vn.vigil.web.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.vigil.inspection.api.AmendmentView;
import vn.vigil.inspection.api.AnswerView;
import vn.vigil.inspection.api.EvidenceView;
import vn.vigil.inspection.api.FindingEntry;
import vn.vigil.inspection.api.IndicatorEntry;
import vn.vigil.inspection.api.PersonEntry;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitHeader;
import vn.vigil.inspection.api.VisitRecordView;
import vn.vigil.web.i18n.Bundles;

/**
 * The printable visit record (biên bản kiểm tra), always in Vietnamese, laid out like an official record: national
 * motto, title, time and place, team, establishment, people, checklist, indicators, findings, evidence with SHA-256,
 * outcome, signatures and amendments. DejaVu Serif is embedded so every Vietnamese mark prints.
 */
public final class VisitRecordPdf {

    private static final BaseFont REGULAR = font("DejaVuSerif.ttf");
    private static final BaseFont BOLD = font("DejaVuSerif-Bold.ttf");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Font text = new Font(REGULAR, 11);
    private final Font strong = new Font(BOLD, 11);
    private final Font title = new Font(BOLD, 14);
    private final Document document = new Document(PageSize.A4, 56, 42, 42, 42);
    private final VisitHeader header;
    private final VisitRecordView record;
    private final List<EvidenceView> evidence;

    private VisitRecordPdf(VisitHeader header, VisitRecordView record, List<EvidenceView> evidence) {
        this.header = header;
        this.record = record;
        this.evidence = evidence;
    }

    /** The record as PDF bytes; {@code evidence} is the visit's, oldest first. */
    public static byte[] render(VisitHeader header, VisitRecordView record, List<EvidenceView> evidence) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VisitRecordPdf pdf = new VisitRecordPdf(header, record, evidence);
        PdfWriter.getInstance(pdf.document, out);
        pdf.document.addTitle(t("pdf.title"));
        pdf.document.open();
        pdf.write();
        pdf.document.close();
        return out.toByteArray();
    }

    private void write() {
        motto();
        centered(t("pdf.title"), title);
        centered(t("pdf.subtitle"), text);
        line(t(
                "pdf.time",
                HOUR.format(local(header.startsAt())),
                HOUR.format(local(header.endsAt())),
                DAY.format(local(header.startsAt()))));
        line(t("pdf.place", header.establishmentName(), header.establishmentAddress()));
        line(t("pdf.kind", t("pdf.kind." + header.kind())));
        team();
        heading(t("pdf.establishment"));
        line(t("pdf.establishmentName", header.establishmentName()));
        line(t("pdf.businessLine", header.businessLineName()));
        if (header.ownerName() != null) {
            line(t("pdf.owner", header.ownerName()));
        }
        people();
        checklist();
        indicators();
        findings();
        evidence();
        heading(
                record.outcome() == null
                        ? t("pdf.outcomeNone")
                        : t("pdf.outcome", t("record.outcome." + record.outcome())));
        line(
                record.signedOff()
                        ? t("pdf.signedOff", record.signedOffBy(), MOMENT.format(local(record.signedOffAt())))
                        : t("pdf.draft"));
        signatures();
        amendments();
    }

    private void motto() {
        PdfPTable table = table(new float[] {1, 1.4f});
        table.addCell(plain(header.teamName().toUpperCase(Bundles.VIETNAMESE), strong, Element.ALIGN_CENTER));
        table.addCell(plain(t("pdf.motto.country") + "\n" + t("pdf.motto.line"), strong, Element.ALIGN_CENTER));
        add(table);
        line(" ");
    }

    private void team() {
        heading(t("pdf.team", header.teamName()));
        line(t("pdf.teamLead", header.leadName()));
        header.memberNames().stream()
                .filter(name -> !name.equals(header.leadName()))
                .forEach(name -> line(t("pdf.member", name)));
    }

    private void people() {
        heading(t("pdf.people"));
        if (record.people().isEmpty()) {
            line(t("pdf.peopleNone"));
        }
        int n = 1;
        for (PersonEntry p : record.people()) {
            line(n++ + ". "
                    + t(
                            "pdf.person",
                            p.fullName(),
                            t("record.role." + p.role()),
                            p.idDocument() == null ? "" : t("pdf.personDocument", p.idDocument()),
                            p.statementSummary() == null ? "" : t("pdf.personStatement", p.statementSummary())));
        }
    }

    private void checklist() {
        if (record.checklistVersionId() == null) {
            heading(t("pdf.checklistNone"));
            return;
        }
        heading(t("pdf.checklist", String.valueOf(record.checklistNumber())));
        PdfPTable table = table(new float[] {0.6f, 5, 2.4f});
        table.setHeaderRows(1);
        List.of("pdf.column.no", "pdf.column.question", "pdf.column.answer")
                .forEach(key -> table.addCell(boxed(t(key), strong)));
        Map<Long, Integer> photoNumbers = photoNumbers();
        for (AnswerView a : record.answers()) {
            table.addCell(boxed(String.valueOf(a.position()), text));
            table.addCell(boxed(a.code() + ". " + a.question(), text));
            table.addCell(boxed(answer(a, photoNumbers), text));
        }
        add(table);
    }

    private String answer(AnswerView a, Map<Long, Integer> photoNumbers) {
        if (!a.answered()) {
            return t("record.notAnswered");
        }
        return switch (a.answerType()) {
            case YES_NO -> t(a.yesNo() ? "record.yes" : "record.no");
            case NUMBER -> number(a.number());
            case TEXT -> a.text();
            case PHOTO ->
                t(
                        "pdf.photoAnswer",
                        a.evidenceIds().stream()
                                .map(id -> String.valueOf(photoNumbers.getOrDefault(id, 0)))
                                .collect(Collectors.joining(", ")));
        };
    }

    private void indicators() {
        heading(t("pdf.indicators"));
        PdfPTable table = table(new float[] {4, 1.6f, 3});
        for (IndicatorEntry i : record.indicators()) {
            table.addCell(boxed(t("record.indicator." + i.indicator()), text));
            table.addCell(boxed(t(i.observed() ? "pdf.observed" : "pdf.notObserved"), i.observed() ? strong : text));
            table.addCell(boxed(i.note() == null ? "" : i.note(), text));
        }
        add(table);
    }

    private void findings() {
        heading(t("pdf.findings"));
        if (record.findings().isEmpty()) {
            line(t("pdf.findingsNone"));
        }
        int n = 1;
        for (FindingEntry f : record.findings()) {
            line(n++ + ". " + f.text() + (f.violation() ? " " + t("pdf.findingViolation") : "")
                    + (f.reinspectBy() == null ? "" : t("pdf.findingReinspect", DAY.format(f.reinspectBy()))));
        }
    }

    private void evidence() {
        heading(t("pdf.evidence"));
        if (evidence.isEmpty()) {
            line(t("pdf.evidenceNone"));
        }
        int n = 1;
        for (EvidenceView e : evidence) {
            line(t(
                    "pdf.evidenceLine",
                    String.valueOf(n++),
                    e.fileName(),
                    e.contentType(),
                    String.valueOf(e.size()),
                    e.sha256()));
        }
    }

    private void signatures() {
        line(" ");
        PdfPTable table = table(new float[] {1, 1});
        table.addCell(
                plain(t("pdf.signatureEstablishment") + "\n" + t("pdf.signatureHint"), strong, Element.ALIGN_CENTER));
        table.addCell(plain(
                t("pdf.signatureLead") + "\n" + t("pdf.signatureHint") + "\n\n\n\n" + header.leadName(),
                strong,
                Element.ALIGN_CENTER));
        add(table);
    }

    private void amendments() {
        if (record.amendments().isEmpty()) {
            return;
        }
        heading(t("pdf.amendments"));
        int n = 1;
        for (AmendmentView a : record.amendments()) {
            line(n++ + ". "
                    + t("pdf.amendment", MOMENT.format(local(a.amendedAt())), a.reason(), a.amendedBy(), a.text()));
            if (!a.evidenceIds().isEmpty()) {
                Map<Long, Integer> numbers = photoNumbers();
                line(t(
                        "pdf.amendmentEvidence",
                        a.evidenceIds().stream()
                                .map(id -> String.valueOf(numbers.getOrDefault(id, 0)))
                                .collect(Collectors.joining(", "))));
            }
        }
    }

    /** Evidence is numbered in the order it was uploaded, as listed in section VII. */
    private Map<Long, Integer> photoNumbers() {
        return IntStream.range(0, evidence.size())
                .boxed()
                .collect(Collectors.toMap(i -> evidence.get(i).id(), i -> i + 1));
    }

    private static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Bundles.VIETNAMESE);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    private void heading(String content) {
        Paragraph p = new Paragraph(content, strong);
        p.setSpacingBefore(8);
        p.setSpacingAfter(3);
        add(p);
    }

    private void line(String content) {
        add(new Paragraph(content, text));
    }

    private void centered(String content, Font font) {
        Paragraph p = new Paragraph(content, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(4);
        add(p);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(3);
        return table;
    }

    private static PdfPCell plain(String content, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static PdfPCell boxed(String content, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setPadding(4);
        return cell;
    }

    private void add(Element element) {
        document.add(element);
    }

    private static LocalDateTime local(Instant instant) {
        return VietnamTime.local(instant);
    }

    private static String t(String key, Object... args) {
        return Bundles.text(Bundles.VIETNAMESE, key, args);
    }

    private static BaseFont font(String file) {
        try (InputStream in = VisitRecordPdf.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
