package vn.vigil.inspection.api;

import java.io.Serializable;

/** A business line as reference data: what an administrator maintains, with the version to edit it. */
public record BusinessLineEntry(
        long id,
        String code,
        String nameVi,
        String nameEn,
        int riskWeight,
        boolean conditional,
        boolean active,
        long version)
        implements Serializable {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    public BusinessLineCommand toCommand() {
        return new BusinessLineCommand(code, nameVi, nameEn, riskWeight, conditional, active);
    }
}
