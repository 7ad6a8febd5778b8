package vn.vigil.inspection.domain;

import static vn.vigil.inspection.api.ViolationCaseStatus.CLOSED;
import static vn.vigil.inspection.api.ViolationCaseStatus.DECIDED;
import static vn.vigil.inspection.api.ViolationCaseStatus.DELIVERED;
import static vn.vigil.inspection.api.ViolationCaseStatus.ENFORCEMENT;
import static vn.vigil.inspection.api.ViolationCaseStatus.EXEMPTED;
import static vn.vigil.inspection.api.ViolationCaseStatus.EXPLANATION;
import static vn.vigil.inspection.api.ViolationCaseStatus.NOT_SANCTIONED;
import static vn.vigil.inspection.api.ViolationCaseStatus.OPENED;
import static vn.vigil.inspection.api.ViolationCaseStatus.PAID;
import static vn.vigil.inspection.api.ViolationCaseStatus.PROSECUTED;
import static vn.vigil.inspection.api.ViolationCaseStatus.RECORDED;
import static vn.vigil.inspection.api.ViolationCaseStatus.RETURNED;
import static vn.vigil.inspection.api.ViolationCaseStatus.TRANSFERRED_TO_POLICE;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolationCaseStatus;

/**
 * The statutory workflow of a violation case as a table: for each action, the states it may start from and the
 * state it leads to. Anything not in the table is refused.
 */
public final class CaseWorkflow {

    /** {@code to} null: the step is recorded but the case stays where it is (a complaint runs alongside). */
    private record Step(Set<ViolationCaseStatus> from, ViolationCaseStatus to) {}

    /**
     * A complaint may come while the decision runs and also after the case is closed (paid in full), as long as it
     * is inside the complaint period; it is then tracked to its outcome like any other.
     */
    private static final Set<ViolationCaseStatus> COMPLAINABLE =
            EnumSet.of(DECIDED, DELIVERED, PAID, ENFORCEMENT, CLOSED);

    private static final Set<ViolationCaseStatus> BEFORE_DECISION = EnumSet.of(OPENED, RECORDED, EXPLANATION, RETURNED);

    private static final Map<ViolationCaseAction, Step> STEPS = new EnumMap<>(Map.ofEntries(
            Map.entry(ViolationCaseAction.OPEN, new Step(EnumSet.noneOf(ViolationCaseStatus.class), OPENED)),
            Map.entry(ViolationCaseAction.RECORD_VIOLATION, new Step(EnumSet.of(OPENED, RETURNED), RECORDED)),
            Map.entry(ViolationCaseAction.REQUEST_EXPLANATION, new Step(EnumSet.of(RECORDED), EXPLANATION)),
            Map.entry(
                    ViolationCaseAction.ISSUE_DECISION, new Step(EnumSet.of(RECORDED, EXPLANATION, RETURNED), DECIDED)),
            Map.entry(ViolationCaseAction.DECIDE_NOT_TO_SANCTION, new Step(BEFORE_DECISION, NOT_SANCTIONED)),
            Map.entry(ViolationCaseAction.DELIVER_DECISION, new Step(EnumSet.of(DECIDED), DELIVERED)),
            Map.entry(ViolationCaseAction.SETTLE_PAYMENT, new Step(EnumSet.of(DELIVERED, ENFORCEMENT), PAID)),
            Map.entry(ViolationCaseAction.START_ENFORCEMENT, new Step(EnumSet.of(DELIVERED), ENFORCEMENT)),
            Map.entry(ViolationCaseAction.CLOSE, new Step(EnumSet.of(PAID), CLOSED)),
            Map.entry(
                    ViolationCaseAction.TRANSFER_TO_POLICE,
                    new Step(
                            EnumSet.of(OPENED, RECORDED, EXPLANATION, DECIDED, DELIVERED, RETURNED),
                            TRANSFERRED_TO_POLICE)),
            Map.entry(ViolationCaseAction.RETURN_FROM_POLICE, new Step(EnumSet.of(TRANSFERRED_TO_POLICE), RETURNED)),
            Map.entry(ViolationCaseAction.PROSECUTE, new Step(EnumSet.of(TRANSFERRED_TO_POLICE), PROSECUTED)),
            Map.entry(ViolationCaseAction.EXEMPT_AS_VICTIM, new Step(BEFORE_DECISION, EXEMPTED)),
            Map.entry(ViolationCaseAction.FILE_COMPLAINT, new Step(COMPLAINABLE, null)),
            Map.entry(ViolationCaseAction.DECIDE_COMPLAINT, new Step(COMPLAINABLE, null))));

    private CaseWorkflow() {}

    /** The state {@code action} leads to from {@code current}; refused when the table does not allow it. */
    public static ViolationCaseStatus next(ViolationCaseStatus current, ViolationCaseAction action) {
        Step step = STEPS.get(action);
        if (!step.from().contains(current)) {
            throw new DomainException(
                    "violationCase.actionNotAllowed",
                    "violationCase.action." + action,
                    "violationCase.status." + current);
        }
        return step.to() == null ? current : step.to();
    }

    public static boolean allows(ViolationCaseStatus current, ViolationCaseAction action) {
        return STEPS.get(action).from().contains(current);
    }

    /** The actions open to a case in {@code current}, in workflow order, for the screens. */
    public static Set<ViolationCaseAction> actionsFrom(ViolationCaseStatus current) {
        Set<ViolationCaseAction> open = EnumSet.noneOf(ViolationCaseAction.class);
        STEPS.forEach((action, step) -> {
            if (step.from().contains(current)) {
                open.add(action);
            }
        });
        return open;
    }
}
