package vn.vigil.inspection.api;

import java.io.Serializable;

/** A business line; {@code establishments} counts the operating establishments registered in it. */
public record BusinessLineView(
        long id, String code, String nameVi, String nameEn, int riskWeight, boolean conditional, long establishments)
        implements Serializable {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
