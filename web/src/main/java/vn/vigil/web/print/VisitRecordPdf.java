package vn.vigil.web.print;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import vn.vigil.web.print.AdministrativeDocument.Cell;
import vn.vigil.web.print.AdministrativeDocument.Signature;

/**
 * The printable visit record (biên bản kiểm tra), always in Vietnamese, laid out like an official record: national
 * motto, title, time and place, team, establishment, people, checklist, indicators, findings, evidence with SHA-256,
 * outcome, signatures and amendments, in the {@link AdministrativeDocument} layout.
 */
public final class VisitRecordPdf {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final AdministrativeDocument document = new AdministrativeDocument(t("pdf.title"));
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
        VisitRecordPdf pdf = new VisitRecordPdf(header, record, evidence);
        pdf.write();
        return pdf.document.toPdf();
    }

    private void write() {
        document.heading(header.teamName(), null, null, null).title(t("pdf.title"), t("pdf.subtitle"));
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
        Map<Long, Integer> photoNumbers = photoNumbers();
        List<List<Cell>> rows = new ArrayList<>();
        for (AnswerView a : record.answers()) {
            rows.add(List.of(
                    Cell.of(String.valueOf(a.position())),
                    Cell.of(a.code() + ". " + a.question()),
                    Cell.of(answer(a, photoNumbers))));
        }
        document.table(
                new float[] {0.6f, 5, 2.4f},
                List.of(t("pdf.column.no"), t("pdf.column.question"), t("pdf.column.answer")),
                rows);
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
        List<List<Cell>> rows = new ArrayList<>();
        for (IndicatorEntry i : record.indicators()) {
            rows.add(List.of(
                    Cell.of(t("record.indicator." + i.indicator())),
                    new Cell(t(i.observed() ? "pdf.observed" : "pdf.notObserved"), i.observed()),
                    Cell.of(i.note() == null ? "" : i.note())));
        }
        document.table(new float[] {4, 1.6f, 3}, null, rows);
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
        document.signatures(List.of(
                new Signature(t("pdf.signatureEstablishment"), t("pdf.signatureHint"), null),
                new Signature(t("pdf.signatureLead"), t("pdf.signatureHint"), header.leadName())));
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
        document.section(content);
    }

    private void line(String content) {
        document.line(content);
    }

    private static LocalDateTime local(Instant instant) {
        return VietnamTime.local(instant);
    }

    private static String t(String key, Object... args) {
        return Bundles.text(Bundles.VIETNAMESE, key, args);
    }
}
