package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One act of the legal catalogue a case charges, with the fine the decision set for it (none before). */
@Embeddable
public class CaseAct {

    @Column(name = "provision_id", nullable = false)
    private long provisionId;

    @Column(name = "fine")
    private Long fine;

    protected CaseAct() {}

    CaseAct(long provisionId) {
        this.provisionId = provisionId;
    }

    void fine(long dong) {
        this.fine = dong;
    }

    public long provisionId() {
        return provisionId;
    }

    public Long fine() {
        return fine;
    }
}
