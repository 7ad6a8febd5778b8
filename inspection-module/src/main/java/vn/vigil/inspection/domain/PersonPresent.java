package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.vigil.inspection.api.PersonEntry;
import vn.vigil.inspection.api.PresentRole;

/** Someone present at the visit, and what they said if interviewed. */
@Embeddable
public class PersonPresent implements PartDigest.Part {

    @Column(name = "full_name", nullable = false, length = VisitRecord.NAME_MAX)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PresentRole role;

    @Column(name = "id_document", length = VisitRecord.ID_DOCUMENT_MAX)
    private String idDocument;

    @Column(nullable = false)
    private boolean interviewed;

    @Column(length = VisitRecord.TEXT_MAX)
    private String statement;

    protected PersonPresent() {}

    /** Every stored field, in the order of the columns. */
    @Override
    public void digestInto(PartDigest d) {
        d.text(fullName).name(role).text(idDocument).flag(interviewed).text(statement);
    }

    PersonPresent(String fullName, PresentRole role, String idDocument, boolean interviewed, String statement) {
        this.fullName = fullName;
        this.role = role;
        this.idDocument = idDocument;
        this.interviewed = interviewed;
        this.statement = statement;
    }

    public PersonEntry entry() {
        return new PersonEntry(fullName, role, idDocument, interviewed, statement);
    }
}
