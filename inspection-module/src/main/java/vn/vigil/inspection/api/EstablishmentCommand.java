package vn.vigil.inspection.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a registrar enters to register or correct an establishment. Optional: registration number, licence
 * validity, owner, legal representative, phone and GPS (both coordinates or none).
 */
public record EstablishmentCommand(
        String name,
        Long businessLineId,
        String registrationNo,
        LocalDate licenceValidFrom,
        LocalDate licenceValidUntil,
        String ownerName,
        String legalRepresentative,
        String phone,
        String address,
        Long communeId,
        BigDecimal latitude,
        BigDecimal longitude) {}
