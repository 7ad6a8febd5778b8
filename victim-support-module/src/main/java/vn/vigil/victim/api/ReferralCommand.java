package vn.vigil.victim.api;

import java.time.LocalDate;

/** A referral of the case to another body; refused unless the person consented to this referral. */
public record ReferralCommand(String referredTo, LocalDate referredOn, boolean consentGiven, String note) {}
