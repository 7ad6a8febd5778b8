package vn.vigil.inspection.api;

import java.time.LocalDate;

/**
 * What the case list asks for: any filter left empty matches every case. {@code violator} matches the violator's
 * name or the establishment's, without regard to diacritics or case; the detection dates are inclusive.
 */
public record CaseQuery(
        ViolationCaseStatus status,
        String violator,
        LocalDate detectedFrom,
        LocalDate detectedTo,
        boolean overdueOnly,
        CaseOrder order) {

    /** How the case list is sorted. */
    public enum CaseOrder {
        /** Soonest statutory deadline first (overdue on top), cases without a running deadline last. */
        NEXT_DEADLINE,
        /** Most recently detected first. */
        DETECTED
    }

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, false, CaseOrder.NEXT_DEADLINE);
    }
}
