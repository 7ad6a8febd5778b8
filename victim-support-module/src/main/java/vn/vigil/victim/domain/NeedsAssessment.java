package vn.vigil.victim.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/** What a case worker found the person needs, by support type, on a day. Notes must identify nobody. */
@Entity
@Table(name = "needs_assessment", schema = "victim")
@EntityListeners(AuditFieldsListener.class)
public class NeedsAssessment implements Audited {

    public static final int NOTES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(nullable = false, length = 64)
    private String assessor;

    @ElementCollection
    @CollectionTable(
            name = "needs_assessment_need",
            schema = "victim",
            joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "support_type", length = 2)
    private Set<String> needs = new HashSet<>();

    @Column(length = NOTES_MAX)
    private String notes;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected NeedsAssessment() {}

    public NeedsAssessment(
            long caseId, LocalDate assessedOn, LocalDate today, String assessor, Set<String> needs, String notes) {
        if (assessedOn == null) {
            throw new DomainException("validation.required", "funds.assessedOn");
        }
        if (assessedOn.isAfter(today)) {
            throw new DomainException("funds.needs.inFuture");
        }
        if (needs == null || needs.isEmpty()) {
            throw new DomainException("funds.needs.noneSelected");
        }
        for (String type : needs) {
            if (!Eligibility.TYPES.contains(type)) {
                throw new DomainException("funds.unknownType", type);
            }
        }
        this.caseId = caseId;
        this.assessedOn = assessedOn;
        this.assessor = assessor;
        this.needs = new HashSet<>(needs);
        this.notes = Text.maxLength(Text.clean(notes), "funds.notes", NOTES_MAX);
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String assessor() {
        return assessor;
    }

    /** The needed types in the law's order. */
    public List<String> needs() {
        return needs.stream()
                .sorted(Comparator.comparingInt(Eligibility.TYPES::indexOf))
                .toList();
    }

    public String notes() {
        return notes;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
