package vn.vigil.inspection.api;

/** What an administrator enters for a business line; the risk weight is 0–100. */
public record BusinessLineCommand(
        String code, String nameVi, String nameEn, Integer riskWeight, boolean conditional, boolean active) {}
