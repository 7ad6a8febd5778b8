package vn.vigil.web.ui.victims;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.victim.api.IdentityGrantCommand;
import vn.vigil.victim.api.IdentityGrantView;
import vn.vigil.victim.api.IdentityProtection;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.IdentityGrantsExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/** Supervisors' grants to see identities: one case or all, with a reason, until a day; revocable. */
@Named
@ViewScoped
public class IdentityGrantsBean implements Serializable {

    @Inject
    IdentityGrantsExport export;

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 10;

    @Inject
    IdentityProtection protection;

    private String grantee;
    private String caseCode;
    private String reason;
    private LocalDate expiresOn;

    private final PagedModel<Boolean, IdentityGrantView> grants =
            new PagedModel<>(() -> Boolean.TRUE, (all, page) -> protection.grants(page), ROWS, IdentityGrantView::id);

    public void startGrant() {
        grantee = null;
        caseCode = null;
        reason = null;
        expiresOn = VietnamTime.today().plusDays(30);
    }

    public void grant() {
        try {
            IdentityGrantView granted =
                    protection.grant(new IdentityGrantCommand(grantee, caseCode, reason, expiresOn));
            FacesMessages.info("victims.grants.granted", granted.grantee());
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public void revoke(IdentityGrantView grant) {
        try {
            protection.revoke(grant.id());
            FacesMessages.info("victims.grants.revoked", grant.grantee());
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public boolean expired(IdentityGrantView grant) {
        return grant.expiresOn().isBefore(VietnamTime.today());
    }

    /** The grants as the export buttons beside them write them. */
    public ListOnScreen getExport() {
        return export::of;
    }

    public PagedModel<Boolean, IdentityGrantView> getGrants() {
        return grants;
    }

    public String getGrantee() {
        return grantee;
    }

    public void setGrantee(String grantee) {
        this.grantee = grantee;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public void setCaseCode(String caseCode) {
        this.caseCode = caseCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
