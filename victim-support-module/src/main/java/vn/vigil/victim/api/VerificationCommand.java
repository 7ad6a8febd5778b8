package vn.vigil.victim.api;

import java.time.LocalDate;

/** The outcome of the verification: a victim or not, on which day, by which body. */
public record VerificationCommand(PersonStatus outcome, LocalDate verifiedOn, String verifiedBy) {}
