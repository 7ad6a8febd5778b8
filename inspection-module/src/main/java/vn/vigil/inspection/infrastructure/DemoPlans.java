package vn.vigil.inspection.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import vn.vigil.core.api.DemoDataRequested;
import vn.vigil.inspection.api.CampaignKind;
import vn.vigil.inspection.api.PlanCommand;
import vn.vigil.inspection.api.TargetSelection;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.domain.InspectionPlan;
import vn.vigil.inspection.domain.PlanRepository;
import vn.vigil.inspection.domain.PlanTerms;

/**
 * Demo plans, so the team lead's desk shows a plan's progress on a first start: a routine interdisciplinary plan
 * running now (the month before last to the end of next month; targets every operating establishment of the demo
 * communes with a risk score of 40 or more), and this year's peak-period campaign (1 July – 30 September), approved
 * and closed once its period ended. Approved as a team lead approves them, their targets fixed at approval. Loaded
 * once, after the demo establishments.
 */
@ApplicationScoped
public class DemoPlans {

    private static final String APPROVER = "Nguyễn Văn Hùng";
    private static final String POSITION = "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo";

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    @Inject
    PlanRepository plans;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 910) DemoDataRequested event) {
        if (em.createQuery("select count(p) from InspectionPlan p", Long.class).getSingleResult() > 0) {
            return;
        }
        Set<Long> communes = new HashSet<>(em.createQuery(
                        "select distinct e.communeId from Establishment e"
                                + " where e.status = vn.vigil.inspection.api.EstablishmentStatus.OPERATING",
                        Long.class)
                .getResultList());
        if (communes.isEmpty()) {
            return;
        }
        LocalDate today = VietnamTime.today();
        LocalDate from = today.minusMonths(2).withDayOfMonth(1);
        LocalDate until = today.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        approve(
                new PlanCommand(
                        "01/KH-ĐKTLN",
                        "Kế hoạch kiểm tra liên ngành các cơ sở kinh doanh dịch vụ nhạy cảm",
                        CampaignKind.ROUTINE,
                        APPROVER,
                        POSITION,
                        from,
                        until,
                        communes,
                        Set.of(),
                        TargetSelection.BY_RISK,
                        40,
                        Set.of(),
                        80,
                        4),
                from.minusDays(5),
                today,
                false);
        CampaignKind.Period peak =
                CampaignKind.PEAK_PERIOD.suggestedPeriod(today.getYear()).orElseThrow();
        if (peak.from().isBefore(today)) {
            approve(
                    new PlanCommand(
                            "02/KH-BCĐ",
                            "Kế hoạch cao điểm phòng, chống mua bán người năm " + today.getYear(),
                            CampaignKind.PEAK_PERIOD,
                            APPROVER,
                            POSITION,
                            peak.from(),
                            peak.until(),
                            communes,
                            Set.of(),
                            TargetSelection.BY_RISK,
                            60,
                            Set.of(),
                            100,
                            2),
                    peak.from().minusDays(10),
                    today,
                    peak.until().isBefore(today));
        }
    }

    private void approve(PlanCommand command, LocalDate signedOn, LocalDate today, boolean close) {
        InspectionPlan plan = plans.add(new InspectionPlan(PlanTerms.of(command)));
        plans.flush();
        int targets = plans.fixTargets(plan);
        if (targets == 0) {
            return; // a plan without targets stays a draft, as the team lead's approval would refuse it
        }
        plan.approve(signedOn, targets, today);
        if (close) {
            plan.close();
        }
        plans.flush();
    }
}
