package vn.vigil.web.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vigil.inspection.api.CampaignKind;

/** Choosing a campaign proposes its usual period, in the year the user is planning for. */
class PlanFormTest {

    @Test
    void thePeakPeriodIsProposedInTheChosenYear() {
        PlanForm form = new PlanForm();
        form.setPeriodFrom(LocalDate.of(2027, 1, 1));
        form.setCampaign(CampaignKind.PEAK_PERIOD);

        form.suggestPeriod(2026);

        assertThat(form.getPeriodFrom()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(form.getPeriodUntil()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void aRoutinePlanKeepsTheDatesTyped() {
        PlanForm form = new PlanForm();
        form.setPeriodUntil(LocalDate.of(2026, 12, 31));

        form.suggestPeriod(2026);

        assertThat(form.getPeriodFrom()).isNull();
        assertThat(form.getPeriodUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
