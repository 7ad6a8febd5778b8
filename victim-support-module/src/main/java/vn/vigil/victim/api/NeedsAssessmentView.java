package vn.vigil.victim.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

public record NeedsAssessmentView(long id, LocalDate assessedOn, String assessor, List<String> needs, String notes)
        implements Serializable {}
