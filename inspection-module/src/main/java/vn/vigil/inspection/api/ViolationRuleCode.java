package vn.vigil.inspection.api;

/** The statutory periods and amounts the violation workflow reads from the rule table. */
public enum ViolationRuleCode {
    RECORD,
    RECORD_COMPLEX,
    RECORD_APPRAISAL,
    DECISION,
    DECISION_REFERRED,
    DECISION_EXPLANATION,
    DECISION_SERIOUS,
    DELIVERY,
    PAYMENT,
    LATE_PAYMENT_SURCHARGE,
    LIMITATION,
    LIMITATION_LISTED_FIELDS,
    COMPLAINT,
    POLICE_RETURN,
    DECISION_AFTER_RETURN,
    DECISION_AFTER_RETURN_VERIFIED,
    ON_THE_SPOT_INDIVIDUAL,
    ON_THE_SPOT_ORGANISATION;

    /** How a message names this rule: a field name the bundles translate, never the code itself. */
    public String field() {
        return "violationRule.code." + name();
    }
}
