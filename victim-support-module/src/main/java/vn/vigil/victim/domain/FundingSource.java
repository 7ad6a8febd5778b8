package vn.vigil.victim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.victim.api.FundingSourceCommand;
import vn.vigil.victim.api.FundingSourceKind;

/** Where support money comes from: the state budget, a national target programme, or a donor. */
@Entity
@Table(name = "funding_source", schema = "victim")
@EntityListeners(AuditFieldsListener.class)
public class FundingSource implements Audited {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FundingSourceKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected FundingSource() {}

    public FundingSource(FundingSourceCommand command) {
        this.active = true;
        revise(command);
    }

    public void revise(FundingSourceCommand command) {
        if (command.kind() == null) {
            throw new DomainException("validation.required", "funds.kind");
        }
        this.kind = command.kind();
        this.name = Text.required(command.name(), "funds.name", NAME_MAX);
        this.nameKey = Text.fold(name);
        if (command.active() != null) {
            this.active = command.active();
        }
    }

    public static String keyOf(String name) {
        return Text.fold(Text.clean(name));
    }

    public Long id() {
        return id;
    }

    public FundingSourceKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
