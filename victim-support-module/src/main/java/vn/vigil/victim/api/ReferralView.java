package vn.vigil.victim.api;

import java.io.Serializable;
import java.time.LocalDate;

public record ReferralView(long id, String referredTo, LocalDate referredOn, String note, String recordedBy)
        implements Serializable {}
