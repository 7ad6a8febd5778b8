package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A sanctionable act of the legal catalogue, with its reference written the customary way. */
public record LegalProvisionView(
        long id,
        String decree,
        int article,
        int clause,
        String point,
        String reference,
        String description,
        long individualFineMin,
        long individualFineMax,
        long organisationFineMin,
        long organisationFineMax,
        Integer suspensionMonthsMin,
        Integer suspensionMonthsMax,
        boolean confiscation,
        String remedialMeasures,
        boolean active,
        LocalDate validFrom,
        LocalDate validUntil,
        long version)
        implements Serializable {

    /** Whether the act was in force on {@code day}: from its first day to its last, both included. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
