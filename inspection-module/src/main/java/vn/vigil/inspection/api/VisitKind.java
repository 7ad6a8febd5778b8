package vn.vigil.inspection.api;

/** Whether the establishment was told of the visit beforehand (theo kế hoạch) or not (đột xuất). */
public enum VisitKind {
    ANNOUNCED,
    UNANNOUNCED
}
