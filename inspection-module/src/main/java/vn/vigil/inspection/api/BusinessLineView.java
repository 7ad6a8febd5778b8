package vn.vigil.inspection.api;

/** A business line; {@code establishments} counts the operating establishments registered in it. */
public record BusinessLineView(
        long id, String code, String nameVi, String nameEn, int riskWeight, boolean conditional, long establishments) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
