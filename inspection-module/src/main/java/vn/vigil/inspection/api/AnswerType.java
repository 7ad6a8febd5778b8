package vn.vigil.inspection.api;

/** How a checklist item is answered on site. */
public enum AnswerType {
    YES_NO,
    NUMBER,
    TEXT,
    PHOTO
}
