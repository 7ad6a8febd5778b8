package vn.vigil.web.print;

import static vn.vigil.web.print.ViolationCitations.day;
import static vn.vigil.web.print.ViolationCitations.orBlank;
import static vn.vigil.web.print.ViolationCitations.t;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.vigil.inspection.api.CaseDocumentView;
import vn.vigil.inspection.api.ChargedAct;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.web.print.AdministrativeDocument.Cell;
import vn.vigil.web.print.AdministrativeDocument.Signature;

/**
 * The sanction decision (quyết định xử phạt vi phạm hành chính) as issued, in the layout of the Decree 118/2021
 * form: the legal bases and the record it rests on; Article 1 the sanction, each act with its provision and fine,
 * the total in figures and in words; Article 2 payment (days, account, treasury, late surcharge) and the right to
 * complain; Article 3 effect and execution; the signature and the recipients.
 */
public final class SanctionDecisionPdf {

    /** Where fines are paid: the treasury's name and its account number (blank to be written in by hand). */
    public record FineAccount(String treasury, String accountNumber) {}

    private SanctionDecisionPdf() {}

    public static byte[] render(CaseDocumentView decision, String place, FineAccount account) {
        ViolationCaseView c = decision.violationCase();
        String violator = orBlank(c.violatorName());
        String issuer = orBlank(decision.issuer());
        String treasury = orBlank(account.treasury());
        List<String> bases = new ArrayList<>(ViolationCitations.legalBases(decision.acts()));
        bases.add(t("violationPdf.decision.basisRecord", orBlank(c.recordNumber()), day(c.recordedOn())));
        AdministrativeDocument document = new AdministrativeDocument(t("violationPdf.decision.pdfTitle"))
                .heading(issuer, decision.number(), place, decision.issuedOn())
                .title(t("violationPdf.decision.title"), t("violationPdf.decision.about"))
                .legalBases(bases)
                .centered(t("violationPdf.decision.decides"))
                .article(t("violationPdf.decision.article1", ViolationCitations.violator(c.violatorKind()), violator))
                .table(
                        new float[] {0.6f, 4, 3, 1.6f},
                        List.of(
                                t("violationPdf.decision.col.no"),
                                t("violationPdf.decision.col.act"),
                                t("violationPdf.decision.col.provision"),
                                t("violationPdf.decision.col.fine")),
                        rows(decision.acts()))
                .line(t(
                        "violationPdf.decision.total",
                        VietnameseAmount.figures(c.fineTotal()),
                        VietnameseAmount.words(c.fineTotal())));
        decision.acts().stream()
                .map(ChargedAct::remedialMeasures)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(measure -> document.line(t("violationPdf.decision.remedial", measure)));
        return document.article(t(
                        "violationPdf.decision.article2",
                        violator,
                        String.valueOf(decision.paymentDays()),
                        orBlank(account.accountNumber()),
                        treasury,
                        percent(decision.lateSurchargeBasisPoints())))
                .article(t("violationPdf.decision.article3", violator, issuer))
                .signatures(List.of(new Signature(
                        t("violationPdf.sign.decider"), t("violationPdf.sign.deciderHint"), decision.officer())))
                .section(t("violationPdf.decision.recipients"))
                .line(t("violationPdf.decision.recipientArticle"))
                .line(t("violationPdf.decision.recipientTreasury", treasury))
                .line(t("violationPdf.decision.recipientFile"))
                .toPdf();
    }

    private static List<List<Cell>> rows(List<ChargedAct> acts) {
        List<List<Cell>> rows = new ArrayList<>();
        int n = 0;
        for (ChargedAct act : acts) {
            rows.add(List.of(
                    Cell.of(String.valueOf(++n)),
                    Cell.of(act.description()),
                    Cell.of(ViolationCitations.citation(act)),
                    Cell.of(act.fine() == null ? "" : VietnameseAmount.figures(act.fine()))));
        }
        return rows;
    }

    /** Basis points as a Vietnamese percentage: 5 is "0,05". */
    static String percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }
}
