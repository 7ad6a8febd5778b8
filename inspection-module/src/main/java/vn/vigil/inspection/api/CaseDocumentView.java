package vn.vigil.inspection.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One issued document of a case, as printed.
 *
 * @param number its number and symbol, e.g. "07/QĐ-XPHC"
 * @param issuer the issuing body as it was named that day; null for decisions issued before issuers were kept
 * @param officer who drew it up or signed it; null likewise
 * @param issuedOn the day of the record or of the decision
 * @param acts the acts of the record in its order, with the fine decided for each once there is a decision
 * @param paymentDays the days the violator has to pay, by the rule in force on {@code issuedOn}
 * @param lateSurchargeBasisPoints the surcharge per day of late payment in hundredths of a per cent (5 = 0,05 %)
 */
public record CaseDocumentView(
        ViolationCaseView violationCase,
        String number,
        String issuer,
        String officer,
        LocalDate issuedOn,
        List<ChargedAct> acts,
        long paymentDays,
        long lateSurchargeBasisPoints) {}
