package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.CampaignKind;
import vn.vigil.inspection.api.PlanCommand;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.TargetSelection;

/** The rules of a plan's terms and of its life: draft, approved, closed. */
class PlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

    static PlanCommand valid() {
        return new PlanCommand(
                "125/KH-BCĐ",
                "Kế hoạch kiểm tra cao điểm năm 2026",
                CampaignKind.PEAK_PERIOD,
                "Trần Văn Bình",
                "Phó Chủ tịch UBND tỉnh",
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30),
                Set.of(7501L),
                Set.of(),
                TargetSelection.BY_RISK,
                70,
                null,
                60,
                5);
    }

    static Stream<Arguments> refusedTerms() {
        return Stream.of(
                refused("no number", c -> with(c, "", c.periodFrom(), c.periodUntil(), 60, 70), "validation.required"),
                refused(
                        "period reversed",
                        c -> with(c, c.number(), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 7, 1), 60, 70),
                        "plan.periodReversed"),
                refused("no period end", c -> with(c, c.number(), c.periodFrom(), null, 60, 70), "validation.required"),
                refused(
                        "coverage above 100 %",
                        c -> with(c, c.number(), c.periodFrom(), c.periodUntil(), 101, 70), "plan.coverageOutOfRange"),
                refused(
                        "coverage below 0 %",
                        c -> with(c, c.number(), c.periodFrom(), c.periodUntil(), -1, 70), "plan.coverageOutOfRange"),
                refused(
                        "risk threshold above 100",
                        c -> with(c, c.number(), c.periodFrom(), c.periodUntil(), 60, 101),
                        "plan.minRiskOutOfRange"),
                refused(
                        "risk selection without threshold",
                        c -> with(c, c.number(), c.periodFrom(), c.periodUntil(), 60, null),
                        "validation.required"),
                refused("empty scope", PlanRulesTest::withoutScope, "plan.scopeEmpty"),
                refused("nothing chosen", PlanRulesTest::chosenNone, "plan.noChosenEstablishments"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTerms")
    void refusesTermsThatBreakARule(String why, UnaryOperator<PlanCommand> change, String key) {
        assertThatThrownBy(() -> PlanTerms.of(change.apply(valid())))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    @Test
    void acceptsTheBoundariesAndComparesNumbersWithoutCase() {
        PlanTerms terms =
                PlanTerms.of(with(valid(), " 125/kh-bcđ ", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), 100, 0));

        assertThat(terms.number()).isEqualTo("125/kh-bcđ");
        assertThat(terms.numberKey()).isEqualTo(PlanTerms.of(valid()).numberKey());
        assertThat(terms.year()).isEqualTo(2026);
    }

    @Test
    void aLineAloneIsEnoughScopeAndChosenPlansForgetTheThreshold() {
        PlanCommand c = valid();
        PlanTerms terms = PlanTerms.of(new PlanCommand(
                c.number(),
                c.title(),
                c.campaign(),
                c.approverName(),
                c.approverPosition(),
                c.periodFrom(),
                c.periodUntil(),
                null,
                Set.of(3L),
                TargetSelection.CHOSEN,
                70,
                Set.of(11L),
                60,
                0));

        assertThat(terms.minRisk()).isNull();
        assertThat(terms.establishmentIds()).containsExactly(11L);
    }

    enum Step {
        REVISE,
        APPROVE,
        CLOSE
    }

    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of(PlanStatus.DRAFT, Step.REVISE, PlanStatus.DRAFT, null),
                Arguments.of(PlanStatus.DRAFT, Step.APPROVE, PlanStatus.APPROVED, null),
                Arguments.of(PlanStatus.DRAFT, Step.CLOSE, null, "plan.notApproved"),
                Arguments.of(PlanStatus.APPROVED, Step.REVISE, null, "plan.notDraft"),
                Arguments.of(PlanStatus.APPROVED, Step.APPROVE, null, "plan.notDraft"),
                Arguments.of(PlanStatus.APPROVED, Step.CLOSE, PlanStatus.CLOSED, null),
                Arguments.of(PlanStatus.CLOSED, Step.REVISE, null, "plan.notDraft"),
                Arguments.of(PlanStatus.CLOSED, Step.APPROVE, null, "plan.notDraft"),
                Arguments.of(PlanStatus.CLOSED, Step.CLOSE, null, "plan.notApproved"));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("transitions")
    void movesOnlyForward(PlanStatus from, Step step, PlanStatus to, String refusal) {
        InspectionPlan plan = planIn(from);
        Runnable action = switch (step) {
            case REVISE -> () -> plan.revise(PlanTerms.of(valid()));
            case APPROVE -> () -> plan.approve(TODAY, 3, TODAY);
            case CLOSE -> plan::close;
        };
        if (refusal == null) {
            action.run();
            assertThat(plan.status()).isEqualTo(to);
        } else {
            assertThatThrownBy(action::run)
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo(refusal);
            assertThat(plan.status()).isEqualTo(from);
        }
    }

    @Test
    void approvalNeedsTargetsAndASigningDayThatHasCome() {
        assertThatThrownBy(() -> planIn(PlanStatus.DRAFT).approve(TODAY, 0, TODAY))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("plan.noTargets");
        assertThatThrownBy(() -> planIn(PlanStatus.DRAFT).approve(TODAY.plusDays(1), 3, TODAY))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("plan.approvedInFuture");
        assertThatThrownBy(() -> planIn(PlanStatus.DRAFT).approve(null, 3, TODAY))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.required");

        InspectionPlan approved = planIn(PlanStatus.APPROVED);
        assertThat(approved.approvedOn()).isEqualTo(TODAY);
        assertThat(approved.targetCount()).isEqualTo(3);
    }

    @Test
    void campaignsSuggestTheirUsualPeriod() {
        assertThat(CampaignKind.PEAK_PERIOD.suggestedPeriod(2026))
                .contains(new CampaignKind.Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(CampaignKind.NATIONAL_DAY.suggestedPeriod(2026).orElseThrow().from())
                .isBefore(LocalDate.of(2026, 7, 30));
        assertThat(CampaignKind.ROUTINE.suggestedPeriod(2026)).isEmpty();
    }

    private static InspectionPlan planIn(PlanStatus status) {
        InspectionPlan plan = new InspectionPlan(PlanTerms.of(valid()));
        if (status != PlanStatus.DRAFT) {
            plan.approve(TODAY, 3, TODAY);
        }
        if (status == PlanStatus.CLOSED) {
            plan.close();
        }
        return plan;
    }

    private static Arguments refused(String why, UnaryOperator<PlanCommand> change, String key) {
        return Arguments.of(why, change, key);
    }

    private static PlanCommand with(
            PlanCommand c, String number, LocalDate from, LocalDate until, Integer coverage, Integer minRisk) {
        return new PlanCommand(
                number,
                c.title(),
                c.campaign(),
                c.approverName(),
                c.approverPosition(),
                from,
                until,
                c.communeIds(),
                c.businessLineIds(),
                c.targetSelection(),
                minRisk,
                c.establishmentIds(),
                coverage,
                c.minUnannouncedVisits());
    }

    private static PlanCommand withoutScope(PlanCommand c) {
        return new PlanCommand(
                c.number(),
                c.title(),
                c.campaign(),
                c.approverName(),
                c.approverPosition(),
                c.periodFrom(),
                c.periodUntil(),
                Set.of(),
                null,
                c.targetSelection(),
                c.minRisk(),
                null,
                60,
                0);
    }

    private static PlanCommand chosenNone(PlanCommand c) {
        return new PlanCommand(
                c.number(),
                c.title(),
                c.campaign(),
                c.approverName(),
                c.approverPosition(),
                c.periodFrom(),
                c.periodUntil(),
                c.communeIds(),
                null,
                TargetSelection.CHOSEN,
                null,
                Set.of(),
                60,
                0);
    }
}
