package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the visit list; a null value does not filter. {@code from} and {@code to} are days in Vietnam, both
 * included, compared with the day a visit starts; {@code provinceId} keeps the visits of communes of that province.
 * Earliest first.
 */
public record VisitFilter(
        Long communeId,
        LocalDate from,
        LocalDate to,
        Long teamId,
        Long establishmentId,
        VisitStatus status,
        Long provinceId)
        implements Serializable {

    public VisitFilter(
            Long communeId, LocalDate from, LocalDate to, Long teamId, Long establishmentId, VisitStatus status) {
        this(communeId, from, to, teamId, establishmentId, status, null);
    }

    public static VisitFilter between(LocalDate from, LocalDate to) {
        return new VisitFilter(null, from, to, null, null, null, null);
    }
}
