package vn.vigil.victim.api;

import java.io.Serializable;
import java.time.LocalDate;

public record ExtensionView(long id, int extraDays, String reason, String approvedBy, LocalDate approvedOn)
        implements Serializable {}
