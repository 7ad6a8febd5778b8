package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A business line and its checklist: {@code templateId} is null while the line has no template; the version in force
 * and the draft are null when there is none.
 */
public record ChecklistTemplateView(
        long businessLineId,
        String businessLineCode,
        String nameVi,
        String nameEn,
        boolean lineActive,
        Long templateId,
        Long inForceId,
        Integer inForceNumber,
        Instant inForceSince,
        Long draftId,
        Integer draftNumber)
        implements Serializable {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    public boolean hasTemplate() {
        return templateId != null;
    }
}
