package vn.vigil.web.ui.violations;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.vigil.inspection.api.ComplaintOutcome;
import vn.vigil.inspection.api.ViolationCaseAction;

/**
 * The dialog of a step that needs a day, a reason or a choice: delivery, return from the police, a complaint and its
 * outcome, and the steps that take only a reason (transfer, prosecution, no sanction, enforcement, exemption, close).
 */
public class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<ViolationCaseAction> DATED = EnumSet.of(
            ViolationCaseAction.DELIVER_DECISION,
            ViolationCaseAction.RETURN_FROM_POLICE,
            ViolationCaseAction.FILE_COMPLAINT,
            ViolationCaseAction.DECIDE_COMPLAINT);

    private final ViolationCaseAction action;
    private LocalDate day;
    private String text;
    private boolean flag;
    private ComplaintOutcome outcome;

    StepForm(ViolationCaseAction action, LocalDate today) {
        this.action = action;
        this.day = DATED.contains(action) ? today : null;
    }

    public ViolationCaseAction getAction() {
        return action;
    }

    /** Whether the step asks for its day. */
    public boolean isDated() {
        return DATED.contains(action);
    }

    /** Whether the step has a yes/no question: refused delivery, or a complaint suspending the decision. */
    public boolean isFlagged() {
        return action == ViolationCaseAction.DELIVER_DECISION || action == ViolationCaseAction.FILE_COMPLAINT;
    }

    public boolean isOutcomeAsked() {
        return action == ViolationCaseAction.DECIDE_COMPLAINT;
    }

    /** Whether the law asks the step to be justified (the service refuses it without a reason). */
    public boolean isReasonRequired() {
        return action.needsReason() || action == ViolationCaseAction.DECIDE_COMPLAINT;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isFlag() {
        return flag;
    }

    public void setFlag(boolean flag) {
        this.flag = flag;
    }

    public ComplaintOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ComplaintOutcome outcome) {
        this.outcome = outcome;
    }
}
