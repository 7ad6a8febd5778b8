package vn.vigil.victim.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vigil.victim.api.BudgetLineCommand;
import vn.vigil.victim.api.RateCommand;
import vn.vigil.victim.api.RateUnit;
import vn.vigil.victim.api.RateView;

/** The rate table's validity periods and the budget lines' amounts, on a real PostgreSQL. */
class RatesAndLinesTest {

    final RecordingAuditLog audit = new RecordingAuditLog();
    final Funds funds = new Funds("admin", audit);

    @AfterEach
    void close() {
        funds.close();
    }

    static RateCommand rate(String item, LocalDate from, LocalDate until) {
        return new RateCommand("b", item, "Khám bệnh", "Medical check", RateUnit.ONE_OFF, 200_000L, null, from, until);
    }

    @Test
    void theSeededProvincialSampleIsInForce() {
        assertThat(funds.rates.inForce("a", LocalDate.of(2026, 3, 1)))
                .extracting(RateView::item, RateView::amount, RateView::unit, RateView::maxUnits)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CLOTHING", 500_000L, RateUnit.ONE_OFF, null),
                        org.assertj.core.groups.Tuple.tuple("MEALS", 60_000L, RateUnit.PER_DAY, 90));
        assertThat(funds.rates.inForce("k", LocalDate.of(2026, 3, 1)))
                .extracting(RateView::amount)
                .containsExactly(3_000_000L);
    }

    @Test
    void aNewRateMayFollowTheOldOneButNeverOverlapIt() {
        String item = "CHECK_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        RateView old = funds.tx(
                () -> funds.rates.createRate(rate(item, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
        funds.tx(() -> funds.rates.createRate(rate(item, LocalDate.of(2026, 1, 1), null)));

        assertThatThrownBy(() -> funds.tx(() -> funds.rates.createRate(rate(item, LocalDate.of(2025, 6, 1), null))))
                .hasMessageContaining("funds.rate.overlaps");
        assertThatThrownBy(() -> funds.tx(() -> funds.rates.reviseRate(
                        old.id(), old.version(), rate(item, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))))
                .hasMessageContaining("funds.rate.overlaps");
        assertThat(audit.actions())
                .containsExactly(
                        "SUPPORT_RATE_CREATED",
                        "SUPPORT_RATE_CREATED",
                        "SUPPORT_RATE_CREATION_REFUSED",
                        "SUPPORT_RATE_REVISION_REFUSED");
    }

    @Test
    void theDatabaseItselfRefusesOverlappingRates() {
        String item = "DB_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String insert = "insert into victim.support_rate (support_type, item, name_vi, name_en, unit, amount,"
                + " valid_from, valid_until, created_at, created_by, updated_at, updated_by) values ('b', '" + item
                + "', 'x', 'x', 'ONE_OFF', 1, date '%s', %s, now(), 't', now(), 't')";
        Funds.execute(String.format(insert, "2026-01-01", "date '2026-06-30'"));
        assertThatThrownBy(() -> Funds.execute(String.format(insert, "2026-06-30", "null")))
                .hasMessageContaining("support_rate_no_overlap");
    }

    @Test
    void aLineCannotShrinkBelowWhatItHasCommittedNorBeDuplicated() {
        long line = funds.line(2026, "e", 1_000_000);
        var view = funds.budgets.budgetLine(line);
        funds.as("finance");
        assertThatThrownBy(() -> funds.tx(() -> funds.budgets.createBudgetLine(
                        new BudgetLineCommand(2026, view.fundingSourceId(), "e", 5L, null))))
                .hasMessageContaining("funds.line.duplicate");
        var revised = funds.tx(() -> funds.budgets.reviseBudgetLine(line, view.version(), 2_000_000, "Bổ sung"));
        assertThat(revised.amount()).isEqualTo(2_000_000);
        assertThat(revised.available()).isEqualTo(2_000_000);
    }
}
