package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolationCaseStatus;

/** The whole transition table: every allowed step leads where the law says, every other pair is refused. */
class CaseWorkflowTest {

    static final String ALLOWED = """
            OPENED                | RECORD_VIOLATION       | RECORDED
            RETURNED              | RECORD_VIOLATION       | RECORDED
            RECORDED              | REQUEST_EXPLANATION    | EXPLANATION
            RECORDED              | ISSUE_DECISION         | DECIDED
            EXPLANATION           | ISSUE_DECISION         | DECIDED
            RETURNED              | ISSUE_DECISION         | DECIDED
            OPENED                | DECIDE_NOT_TO_SANCTION | NOT_SANCTIONED
            RECORDED              | DECIDE_NOT_TO_SANCTION | NOT_SANCTIONED
            EXPLANATION           | DECIDE_NOT_TO_SANCTION | NOT_SANCTIONED
            RETURNED              | DECIDE_NOT_TO_SANCTION | NOT_SANCTIONED
            DECIDED               | DELIVER_DECISION       | DELIVERED
            DELIVERED             | SETTLE_PAYMENT         | PAID
            ENFORCEMENT           | SETTLE_PAYMENT         | PAID
            DELIVERED             | START_ENFORCEMENT      | ENFORCEMENT
            PAID                  | CLOSE                  | CLOSED
            OPENED                | TRANSFER_TO_POLICE     | TRANSFERRED_TO_POLICE
            RECORDED              | TRANSFER_TO_POLICE     | TRANSFERRED_TO_POLICE
            EXPLANATION           | TRANSFER_TO_POLICE     | TRANSFERRED_TO_POLICE
            DECIDED               | TRANSFER_TO_POLICE     | TRANSFERRED_TO_POLICE
            DELIVERED             | TRANSFER_TO_POLICE     | TRANSFERRED_TO_POLICE
            RETURNED              | TRANSFER_TO_POLICE     | TRANSFERRED_TO_POLICE
            TRANSFERRED_TO_POLICE | RETURN_FROM_POLICE     | RETURNED
            TRANSFERRED_TO_POLICE | PROSECUTE              | PROSECUTED
            OPENED                | EXEMPT_AS_VICTIM       | EXEMPTED
            RECORDED              | EXEMPT_AS_VICTIM       | EXEMPTED
            EXPLANATION           | EXEMPT_AS_VICTIM       | EXEMPTED
            RETURNED              | EXEMPT_AS_VICTIM       | EXEMPTED
            DECIDED               | FILE_COMPLAINT         | DECIDED
            DELIVERED             | FILE_COMPLAINT         | DELIVERED
            PAID                  | FILE_COMPLAINT         | PAID
            ENFORCEMENT           | FILE_COMPLAINT         | ENFORCEMENT
            CLOSED                | FILE_COMPLAINT         | CLOSED
            DECIDED               | DECIDE_COMPLAINT       | DECIDED
            DELIVERED             | DECIDE_COMPLAINT       | DELIVERED
            PAID                  | DECIDE_COMPLAINT       | PAID
            ENFORCEMENT           | DECIDE_COMPLAINT       | ENFORCEMENT
            CLOSED                | DECIDE_COMPLAINT       | CLOSED
            """;

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource(delimiter = '|', textBlock = ALLOWED)
    void anAllowedStepLeadsWhereTheLawSays(
            ViolationCaseStatus from, ViolationCaseAction action, ViolationCaseStatus to) {
        assertThat(CaseWorkflow.next(from, action)).isEqualTo(to);
        assertThat(CaseWorkflow.actionsFrom(from)).contains(action);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("refusedPairs")
    void everyOtherStepIsRefusedWithBothNamesInTheMessage(ViolationCaseStatus from, ViolationCaseAction action) {
        assertThat(CaseWorkflow.allows(from, action)).isFalse();
        assertThatThrownBy(() -> CaseWorkflow.next(from, action))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException refusal = (DomainException) e;
                    assertThat(refusal.messageKey()).isEqualTo("violationCase.actionNotAllowed");
                    assertThat(refusal.arguments())
                            .containsExactly("violationCase.action." + action, "violationCase.status." + from);
                });
    }

    @ParameterizedTest
    @EnumSource(
            value = ViolationCaseStatus.class,
            names = {"NOT_SANCTIONED", "EXEMPTED", "PROSECUTED"})
    void aCaseClosedWithoutADecisionAllowsNothing(ViolationCaseStatus closed) {
        assertThat(closed.isClosed()).isTrue();
        assertThat(CaseWorkflow.actionsFrom(closed)).isEmpty();
    }

    @Test
    void aCaseClosedAfterPaymentStillTakesAComplaintAndItsOutcome() {
        assertThat(ViolationCaseStatus.CLOSED.isClosed()).isTrue();
        assertThat(CaseWorkflow.actionsFrom(ViolationCaseStatus.CLOSED))
                .containsExactly(ViolationCaseAction.FILE_COMPLAINT, ViolationCaseAction.DECIDE_COMPLAINT);
    }

    @Test
    void theTableHoldsExactlyTheListedSteps() {
        long allowed = Arrays.stream(ViolationCaseStatus.values())
                .flatMap(s -> Arrays.stream(ViolationCaseAction.values()).filter(a -> CaseWorkflow.allows(s, a)))
                .count();
        assertThat(allowed).isEqualTo(allowedPairs().size());
    }

    static Stream<Arguments> refusedPairs() {
        Set<String> allowed = allowedPairs();
        return Arrays.stream(ViolationCaseStatus.values())
                .flatMap(s -> Arrays.stream(ViolationCaseAction.values()).map(a -> Arguments.of(s, a)))
                .filter(pair -> !allowed.contains(pair.get()[0] + "|" + pair.get()[1]));
    }

    private static Set<String> allowedPairs() {
        return ALLOWED.lines()
                .map(line -> line.split("\\|"))
                .map(cells -> cells[0].strip() + "|" + cells[1].strip())
                .collect(Collectors.toSet());
    }
}
