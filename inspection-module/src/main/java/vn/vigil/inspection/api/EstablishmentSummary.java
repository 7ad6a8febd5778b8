package vn.vigil.inspection.api;

import java.io.Serializable;

/**
 * One row of the establishment registry as lists show it. {@code highRisk} says whether the risk score reaches the
 * registry's high-risk threshold; the business line's name comes in both languages.
 */
public record EstablishmentSummary(
        long id,
        String name,
        String registrationNo,
        String ownerName,
        String address,
        long communeId,
        String communeName,
        long businessLineId,
        String businessLineVi,
        String businessLineEn,
        int riskScore,
        boolean highRisk,
        EstablishmentStatus status)
        implements Serializable {

    public String businessLine(String language) {
        return "en".equals(language) ? businessLineEn : businessLineVi;
    }

    /** The same row labelled with its commune's name. */
    public EstablishmentSummary inCommune(String name) {
        return new EstablishmentSummary(
                id,
                this.name,
                registrationNo,
                ownerName,
                address,
                communeId,
                name,
                businessLineId,
                businessLineVi,
                businessLineEn,
                riskScore,
                highRisk,
                status);
    }
}
