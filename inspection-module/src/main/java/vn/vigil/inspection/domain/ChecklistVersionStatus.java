package vn.vigil.inspection.domain;

/** A checklist version is edited while a draft and final once published. */
public enum ChecklistVersionStatus {
    DRAFT,
    PUBLISHED
}
