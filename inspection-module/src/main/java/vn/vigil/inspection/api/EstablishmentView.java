package vn.vigil.inspection.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One establishment as its detail page and the API show it, with its risk score explained. */
public record EstablishmentView(
        long id,
        String name,
        long businessLineId,
        String businessLineVi,
        String businessLineEn,
        String registrationNo,
        LocalDate licenceValidFrom,
        LocalDate licenceValidUntil,
        String ownerName,
        String legalRepresentative,
        String phone,
        String address,
        long communeId,
        String communeName,
        BigDecimal latitude,
        BigDecimal longitude,
        EstablishmentStatus status,
        String statusReason,
        LocalDate lastInspectedOn,
        int riskScore,
        boolean highRisk,
        List<RiskContribution> riskExplanation,
        long version)
        implements Serializable {

    public EstablishmentView {
        riskExplanation = List.copyOf(riskExplanation);
    }

    public String businessLine(String language) {
        return "en".equals(language) ? businessLineEn : businessLineVi;
    }

    /** The recorded facts as a command, to start a correction from. */
    public EstablishmentCommand toCommand() {
        return new EstablishmentCommand(
                name,
                businessLineId,
                registrationNo,
                licenceValidFrom,
                licenceValidUntil,
                ownerName,
                legalRepresentative,
                phone,
                address,
                communeId,
                latitude,
                longitude);
    }
}
