package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;

/** The checklist (bảng kiểm) of one business line; its questions live in its versions. */
@Entity
@Table(name = "checklist_template", schema = "inspection")
@EntityListeners(AuditFieldsListener.class)
public class ChecklistTemplate implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_line_id", nullable = false, updatable = false)
    private long businessLineId;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected ChecklistTemplate() {}

    public ChecklistTemplate(long businessLineId) {
        this.businessLineId = businessLineId;
    }

    public Long id() {
        return id;
    }

    public long businessLineId() {
        return businessLineId;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
