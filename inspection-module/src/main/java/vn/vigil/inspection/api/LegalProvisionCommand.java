package vn.vigil.inspection.api;

/**
 * A sanctionable act as an administrator enters it. Fines are whole đồng; when the organisation range is left
 * empty it is the individual range doubled. Suspension months are both empty when the act carries no licence
 * suspension.
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
        boolean active) {}
