package vn.vigil.victim.api;

import java.time.LocalDate;

public record ReferralView(long id, String referredTo, LocalDate referredOn, String note, String recordedBy) {}
