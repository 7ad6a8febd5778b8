package vn.vigil.core.api;

/** An aggregate that carries {@link AuditFields}; register {@link AuditFieldsListener} on it. */
public interface Audited {

    AuditFields auditFields();
}
