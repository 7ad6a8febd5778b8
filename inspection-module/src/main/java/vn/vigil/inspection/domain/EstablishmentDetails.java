package vn.vigil.inspection.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.EstablishmentCommand;

/**
 * What a registrar records about an establishment, cleaned and checked: required fields, lengths, a licence
 * validity that does not end before it starts, a plausible phone number. Whether the business line and commune
 * exist is the registry's question, not this value's.
 */
public record EstablishmentDetails(
        String name,
        Long businessLineId,
        String registrationNo,
        LocalDate licenceValidFrom,
        LocalDate licenceValidUntil,
        String ownerName,
        String legalRepresentative,
        String phone,
        String address,
        Long communeId) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .-]{5,18}");

    public EstablishmentDetails {
        name = Text.required(name, "name", 200);
        if (businessLineId == null) {
            throw new DomainException("validation.required", "establishment.businessLine");
        }
        registrationNo = Text.maxLength(Text.clean(registrationNo), "registrationNo", 40);
        if (licenceValidFrom != null && licenceValidUntil != null && licenceValidFrom.isAfter(licenceValidUntil)) {
            throw new DomainException("establishment.licencePeriodReversed");
        }
        ownerName = Text.maxLength(Text.clean(ownerName), "ownerName", 120);
        legalRepresentative = Text.maxLength(Text.clean(legalRepresentative), "establishment.legalRepresentative", 120);
        phone = Text.maxLength(Text.clean(phone), "establishment.phone", 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new DomainException("establishment.phoneInvalid", phone);
        }
        address = Text.required(address, "address", 300);
        if (communeId == null) {
            throw new DomainException("validation.required", "establishment.commune");
        }
    }

    public static EstablishmentDetails of(EstablishmentCommand command) {
        return new EstablishmentDetails(
                command.name(),
                command.businessLineId(),
                command.registrationNo(),
                command.licenceValidFrom(),
                command.licenceValidUntil(),
                command.ownerName(),
                command.legalRepresentative(),
                command.phone(),
                command.address(),
                command.communeId());
    }
}
