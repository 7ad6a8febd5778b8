package vn.vigil.web.ui.victims;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.victim.api.IndicatorReferrals;
import vn.vigil.victim.api.PersonRole;
import vn.vigil.victim.api.Reception;
import vn.vigil.victim.api.Sex;
import vn.vigil.victim.api.VictimCases;
import vn.vigil.web.ui.Choice;
import vn.vigil.web.ui.CommuneChoices;
import vn.vigil.web.ui.FacesMessages;

/**
 * Receives a person: a new case of the signed-in case worker, or, opened from a visit referral (parameters
 * {@code referral} and {@code version}), the case that accepts the referral. Identity fields are sent only with
 * consent; possible earlier cases of the same person are shown before and after saving.
 */
@Named
@ViewScoped
public class VictimReceptionBean implements Serializable {

    @Inject
    CommuneChoices communeChoices;

    private static final long serialVersionUID = 1L;

    @Inject
    VictimCases cases;

    @Inject
    IndicatorReferrals referrals;

    @Inject
    AdminUnitService units;

    private Long referral;
    private Long referralVersion;
    private ReceptionForm form;
    private Choice receivedUnit;
    private List<String> possibleSameAs = List.of();
    private boolean checked;

    /** View action. */
    public void load() {
        form = new ReceptionForm(VietnamTime.today());
    }

    public void checkDuplicates() {
        try {
            possibleSameAs = form.isConsent() ? cases.possibleSameAs(form.identity(), form.getBirthYear()) : List.of();
            checked = true;
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public String save() {
        try {
            Reception reception = referral == null || referralVersion == null
                    ? cases.receive(form.command())
                    : referrals.accept(referral, referralVersion, form.command());
            String code = reception.victimCase().code();
            FacesMessages.info("victims.receive.saved", code);
            if (!reception.possibleSameAs().isEmpty()) {
                FacesMessages.error("victims.receive.possibleSameAs", String.join(", ", reception.possibleSameAs()));
            }
            return "/victim/case?faces-redirect=true&id="
                    + reception.victimCase().id();
        } catch (DomainException e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    public boolean isAccompanying() {
        return form.getRole() != PersonRole.VICTIM;
    }

    public PersonRole[] getRoles() {
        return PersonRole.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public ReceptionForm getForm() {
        return form;
    }

    /** Communes in force on the day of reception whose name matches what was typed. */
    public List<Choice> completeCommune(String text) {
        return communeChoices.completeOn(text, form.getReceivedOn());
    }

    public Choice getReceivedUnit() {
        return receivedUnit;
    }

    public void setReceivedUnit(Choice chosen) {
        receivedUnit = chosen;
        form.setReceivedUnitId(chosen == null ? null : chosen.id());
    }

    public List<String> getPossibleSameAs() {
        return possibleSameAs;
    }

    public String getPossibleSameAsText() {
        return String.join(", ", possibleSameAs);
    }

    public boolean isChecked() {
        return checked;
    }

    public Long getReferral() {
        return referral;
    }

    public void setReferral(Long referral) {
        this.referral = referral;
    }

    public Long getReferralVersion() {
        return referralVersion;
    }

    public void setReferralVersion(Long referralVersion) {
        this.referralVersion = referralVersion;
    }
}
