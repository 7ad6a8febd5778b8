package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the case list asks for: any filter left empty matches every case. {@code violator} matches the violator's
 * name or the establishment's, without regard to diacritics or case (one or two letters match the start of a word,
 * longer terms anywhere); the detection dates are inclusive; {@code communeId} and {@code provinceId} keep the cases
 * of establishments in that commune or province.
 */
public record CaseQuery(
        ViolationCaseStatus status,
        String violator,
        LocalDate detectedFrom,
        LocalDate detectedTo,
        boolean overdueOnly,
        CaseOrder order,
        Long communeId,
        Long provinceId)
        implements Serializable {

    /** How the case list is sorted. */
    public enum CaseOrder {
        /** Soonest statutory deadline first (overdue on top), cases without a running deadline last. */
        NEXT_DEADLINE,
        /** Most recently detected first. */
        DETECTED
    }

    public CaseQuery(
            ViolationCaseStatus status,
            String violator,
            LocalDate detectedFrom,
            LocalDate detectedTo,
            boolean overdueOnly,
            CaseOrder order) {
        this(status, violator, detectedFrom, detectedTo, overdueOnly, order, null, null);
    }

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, false, CaseOrder.NEXT_DEADLINE);
    }
}
