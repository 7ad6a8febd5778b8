package vn.vigil.web.ui.violations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vigil.inspection.api.LegalProvisionView;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolatorKind;

/** What the case dialogs ask for and show: the fine range of the violator's kind, the fields each step needs. */
class CaseFormsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static final LegalProvisionView KARAOKE_HOURS = new LegalProvisionView(
            7,
            "38/2021/NĐ-CP",
            15,
            3,
            "a",
            "38/2021/NĐ-CP 15.3.a",
            "Kinh doanh karaoke ngoài giờ",
            10_000_000L,
            15_000_000L,
            20_000_000L,
            30_000_000L,
            null,
            null,
            false,
            null,
            true,
            LocalDate.of(2021, 6, 1),
            null,
            0);

    @Test
    void anOrganisationIsShownTheOrganisationRangeAndAPersonTheIndividualOne() {
        assertThat(new ActRow(KARAOKE_HOURS, ViolatorKind.ORGANISATION, null))
                .extracting(ActRow::fineMin, ActRow::fineMax)
                .containsExactly(20_000_000L, 30_000_000L);
        assertThat(new ActRow(KARAOKE_HOURS, ViolatorKind.INDIVIDUAL, null))
                .extracting(ActRow::fineMin, ActRow::fineMax)
                .containsExactly(10_000_000L, 15_000_000L);
    }

    @Test
    void theRecordFormShowsTheChosenActsForTheChosenKindAndSendsTheirIds() {
        RecordForm form = new RecordForm();
        form.setKind(ViolatorKind.INDIVIDUAL);
        form.setName("Trần Văn Chủ");
        form.setProvisions(List.of(KARAOKE_HOURS));
        form.setRecordedOn(TODAY);

        assertThat(form.getActs()).singleElement().extracting(ActRow::fineMax).isEqualTo(15_000_000L);
        assertThat(form.command().provisionIds()).containsExactly(7L);
    }

    @Test
    void theDecisionFormSendsOneFineForEachActInOrderEvenWhenOneIsMissing() {
        DecisionForm form = new DecisionForm(
                List.of(
                        new ActRow(KARAOKE_HOURS, ViolatorKind.ORGANISATION, null),
                        new ActRow(KARAOKE_HOURS, ViolatorKind.ORGANISATION, null)),
                TODAY);
        form.getFines().get(0).setAmount(25_000_000L);

        assertThat(form.command().fines()).containsExactly(25_000_000L, null);
        assertThat(form.command().decidedOn()).isEqualTo(TODAY);
    }

    @Test
    void eachStepDialogAsksForWhatItsStepNeeds() {
        StepForm delivery = new StepForm(ViolationCaseAction.DELIVER_DECISION, TODAY);
        assertThat(delivery.isDated()).isTrue();
        assertThat(delivery.getDay()).isEqualTo(TODAY);
        assertThat(delivery.isFlagged()).isTrue();
        assertThat(delivery.isReasonRequired()).isFalse();

        StepForm transfer = new StepForm(ViolationCaseAction.TRANSFER_TO_POLICE, TODAY);
        assertThat(transfer.isDated()).isFalse();
        assertThat(transfer.isReasonRequired()).isTrue();

        assertThat(new StepForm(ViolationCaseAction.EXEMPT_AS_VICTIM, TODAY).isReasonRequired())
                .isTrue();
        assertThat(new StepForm(ViolationCaseAction.DECIDE_COMPLAINT, TODAY).isOutcomeAsked())
                .isTrue();
        assertThat(new StepForm(ViolationCaseAction.CLOSE, TODAY))
                .extracting(StepForm::isDated, StepForm::isFlagged, StepForm::isReasonRequired)
                .containsExactly(false, false, false);
    }
}
