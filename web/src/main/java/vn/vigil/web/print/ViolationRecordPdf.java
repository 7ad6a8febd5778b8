package vn.vigil.web.print;

import static vn.vigil.web.print.ViolationCitations.day;
import static vn.vigil.web.print.ViolationCitations.orBlank;
import static vn.vigil.web.print.ViolationCitations.t;

import java.util.List;
import vn.vigil.inspection.api.CaseDocumentView;
import vn.vigil.inspection.api.ChargedAct;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.web.print.AdministrativeDocument.Signature;

/**
 * The record of violation (biên bản vi phạm hành chính) as issued, in the layout of the Decree 118/2021 form: the
 * issuing body and number, place and date, legal bases, who drew it up, the violator, each act with the provision
 * it breaches, room for the violator's statement, and both signatures.
 */
public final class ViolationRecordPdf {

    private ViolationRecordPdf() {}

    /** {@code place} is the place name of the date line, e.g. "Đồng Nai". */
    public static byte[] render(CaseDocumentView record, String place) {
        ViolationCaseView c = record.violationCase();
        AdministrativeDocument document = new AdministrativeDocument(t("violationPdf.record.pdfTitle"))
                .heading(orBlank(record.issuer()), record.number(), place, record.issuedOn())
                .title(t("violationPdf.record.title"), null)
                .legalBases(ViolationCitations.legalBases(record.acts()))
                .line(t("violationPdf.record.opening", day(record.issuedOn())))
                .line(t("violationPdf.record.officer", orBlank(record.officer()), orBlank(record.issuer())))
                .line(t(
                        "violationPdf.record.violator",
                        ViolationCitations.violator(c.violatorKind()),
                        orBlank(c.violatorName())))
                .line(t("violationPdf.record.detected", day(c.detectedOn())))
                .section(t("violationPdf.record.acts"));
        int n = 0;
        for (ChargedAct act : record.acts()) {
            document.line(t(
                    "violationPdf.record.act",
                    String.valueOf(++n),
                    act.description(),
                    ViolationCitations.citation(act)));
        }
        return document.line(t("violationPdf.record.statement", orBlank(null)))
                .line(t("violationPdf.record.decisionDue"))
                .line(t("violationPdf.record.copies"))
                .signatures(List.of(
                        new Signature(t("violationPdf.sign.violator"), t("violationPdf.sign.hint"), null),
                        new Signature(t("violationPdf.sign.recorder"), t("violationPdf.sign.hint"), record.officer())))
                .toPdf();
    }
}
