package vn.vigil.web.ui.victims;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.victim.api.ClosureCommand;
import vn.vigil.victim.api.IdentityView;
import vn.vigil.victim.api.PersonStatus;
import vn.vigil.victim.api.ReferralCommand;
import vn.vigil.victim.api.ReferralView;
import vn.vigil.victim.api.RevealPurpose;
import vn.vigil.victim.api.VerificationCommand;
import vn.vigil.victim.api.VictimCaseView;
import vn.vigil.victim.api.VictimCases;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;

/**
 * One case: its non-identifying facts; the identity only after the reader states a purpose (audited), and hidden
 * again on request or when the page is left; the case worker's actions (verification, referral, closure).
 */
@Named
@ViewScoped
public class VictimCaseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VictimCases cases;

    @Inject
    AdminUnitService units;

    private Long id;
    private VictimCaseView victimCase;
    private List<ReferralView> referrals;
    private String communeName;
    /** Never written to a session store: an identity stays sealed at rest, and each reading is logged. */
    private transient IdentityView identity;

    private RevealPurpose purpose;
    private String purposeNote;

    private PersonStatus outcome;
    private LocalDate verifiedOn;
    private String verifiedBy;

    private String referredTo;
    private LocalDate referredOn;
    private boolean referralConsent;
    private String referralNote;

    private LocalDate closedOn;
    private String closureReason;

    /** View action. */
    public void load() {
        if (id == null) {
            NotFoundPage.show();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            NotFoundPage.show();
        } catch (AccessDeniedException e) {
            NotFoundPage.answer(403);
        }
    }

    private void refresh() {
        victimCase = cases.find(id);
        referrals = cases.referrals(id);
        communeName = victimCase.receivedUnitId() == null
                ? null
                : units.find(victimCase.receivedUnitId())
                        .map(AdminUnitView::name)
                        .orElse(null);
        LocalDate today = VietnamTime.today();
        verifiedOn = today;
        referredOn = today;
        closedOn = today;
    }

    public void startReveal() {
        purpose = null;
        purposeNote = null;
    }

    public void reveal() {
        try {
            identity = cases.revealIdentity(id, purpose, purposeNote);
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    /** The case worker adds or replaces the person's photo; an identity shown is hidden again (it changed). */
    public void uploadPhoto(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        act(() -> {
            cases.attachPhoto(id, file.getContent(), file.getContentType());
            identity = null;
            FacesMessages.info("victims.case.photoAttached");
        });
    }

    public void hideIdentity() {
        identity = null;
    }

    public void recordVerification() {
        act(() -> {
            cases.recordVerification(
                    id, victimCase.version(), new VerificationCommand(outcome, verifiedOn, verifiedBy));
            FacesMessages.info("victims.case.verified");
        });
    }

    public void refer() {
        act(() -> {
            cases.refer(id, new ReferralCommand(referredTo, referredOn, referralConsent, referralNote));
            FacesMessages.info("victims.case.referred");
            referredTo = null;
            referralNote = null;
            referralConsent = false;
        });
    }

    public void close() {
        act(() -> {
            cases.close(id, victimCase.version(), new ClosureCommand(closedOn, closureReason));
            FacesMessages.info("victims.case.closed");
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public RevealPurpose[] getPurposes() {
        return RevealPurpose.values();
    }

    public PersonStatus[] getOutcomes() {
        return new PersonStatus[] {PersonStatus.VERIFIED_VICTIM, PersonStatus.NOT_A_VICTIM};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VictimCaseView getCase() {
        return victimCase;
    }

    public String getCommuneName() {
        return communeName;
    }

    public List<ReferralView> getReferrals() {
        return referrals;
    }

    public IdentityView getIdentity() {
        return identity;
    }

    public RevealPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(RevealPurpose purpose) {
        this.purpose = purpose;
    }

    public String getPurposeNote() {
        return purposeNote;
    }

    public void setPurposeNote(String purposeNote) {
        this.purposeNote = purposeNote;
    }

    public PersonStatus getOutcome() {
        return outcome;
    }

    public void setOutcome(PersonStatus outcome) {
        this.outcome = outcome;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate verifiedOn) {
        this.verifiedOn = verifiedOn;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public void setVerifiedBy(String verifiedBy) {
        this.verifiedBy = verifiedBy;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public void setReferredTo(String referredTo) {
        this.referredTo = referredTo;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
    }

    public boolean isReferralConsent() {
        return referralConsent;
    }

    public void setReferralConsent(boolean referralConsent) {
        this.referralConsent = referralConsent;
    }

    public String getReferralNote() {
        return referralNote;
    }

    public void setReferralNote(String referralNote) {
        this.referralNote = referralNote;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }
}
