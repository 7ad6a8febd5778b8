package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/**
 * Filter for the establishment registry. Every part is optional. {@code text} is what a registry user types in one
 * box: it matches the trade name, the owner's name or the address without diacritics or case ("karaoke hoang gia"
 * finds "Karaoke Hoàng Gia"; one or two letters match the start of a word: "ng" finds "Nguyễn"), or the
 * registration number exactly. {@code minRisk} keeps establishments whose risk score is at least that (0–100),
 * {@code notInspectedSince} keeps those last inspected before that day or never, {@code provinceId} those in a
 * commune of that province.
 */
public record EstablishmentQuery(
        String text,
        Long communeId,
        Long businessLineId,
        EstablishmentStatus status,
        Integer minRisk,
        LocalDate notInspectedSince,
        Long provinceId)
        implements Serializable {

    public EstablishmentQuery {
        text = Text.clean(text);
        if (minRisk != null && (minRisk < 0 || minRisk > 100)) {
            throw new DomainException("establishment.riskOutOfRange");
        }
    }

    public EstablishmentQuery(
            String text,
            Long communeId,
            Long businessLineId,
            EstablishmentStatus status,
            Integer minRisk,
            LocalDate notInspectedSince) {
        this(text, communeId, businessLineId, status, minRisk, notInspectedSince, null);
    }

    public EstablishmentQuery(
            String text, Long communeId, Long businessLineId, EstablishmentStatus status, Integer minRisk) {
        this(text, communeId, businessLineId, status, minRisk, null, null);
    }

    public static EstablishmentQuery all() {
        return new EstablishmentQuery(null, null, null, null, null, null, null);
    }
}
