package vn.vigil.inspection.api;

import java.io.Serializable;

/** An establishment that looks like one being registered; {@code sameRegistrationNo} says why it was found. */
public record PossibleDuplicate(
        long id,
        String name,
        String registrationNo,
        String address,
        EstablishmentStatus status,
        boolean sameRegistrationNo)
        implements Serializable {}
