package vn.vigil.inspection.api;

import java.time.LocalDate;

/**
 * A sanctionable act as an administrator enters it. Fines are whole đồng; when the organisation range is left
 * empty it is the individual range doubled. Suspension months are both empty when the act carries no licence
 * suspension. An act is in force from {@code validFrom} (the decree's entry into force) to {@code validUntil}
 * inclusive, or without end when that is empty; a case may charge it only for a violation committed in that period.
 */
public record LegalProvisionCommand(
        String decree,
        Integer article,
        Integer clause,
        String point,
        String description,
        Long individualFineMin,
        Long individualFineMax,
        Long organisationFineMin,
        Long organisationFineMax,
        Integer suspensionMonthsMin,
        Integer suspensionMonthsMax,
        boolean confiscation,
        String remedialMeasures,
        boolean active,
        LocalDate validFrom,
        LocalDate validUntil) {}
