package vn.vigil.reporting.api.directive;

/** Kế hoạch, Công văn, Chỉ thị, Quyết định. */
public enum DirectiveKind {
    PLAN,
    OFFICIAL_LETTER,
    DIRECTIVE,
    DECISION
}
