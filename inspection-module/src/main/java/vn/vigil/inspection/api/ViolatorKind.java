package vn.vigil.inspection.api;

/** Who committed the violation: a person, or an organisation (fine ranges differ, usually double). */
public enum ViolatorKind {
    INDIVIDUAL,
    ORGANISATION
}
