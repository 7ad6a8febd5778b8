package vn.vigil.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.inspection.api.InspectionPlans;
import vn.vigil.reporting.api.BreakdownRow;
import vn.vigil.reporting.api.Breakdowns;
import vn.vigil.reporting.api.CommuneFigures;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.Period;
import vn.vigil.reporting.api.PlanFigures;
import vn.vigil.reporting.api.ProvinceBreakdown;
import vn.vigil.reporting.api.ReportFigures;
import vn.vigil.reporting.api.SmallCountSetting;
import vn.vigil.reporting.domain.SmallCounts;
import vn.vigil.reporting.infrastructure.BreakdownQueries;
import vn.vigil.reporting.infrastructure.FigureQueries;
import vn.vigil.reporting.infrastructure.ReadModelStore;

/**
 * Figures for every signed-in role: they are counts and sums, never a person, and the victim counts below the
 * small-count threshold come back hidden (value 0, {@code small} set).
 */
@ApplicationScoped
@Guarded
@PermitAll
@Transactional(Transactional.TxType.REQUIRED)
public class ReportFiguresImpl implements ReportFigures {

    @Inject
    FigureQueries queries;

    @Inject
    ReadModelStore store;

    @Inject
    SmallCountSetting setting;

    @Inject
    BreakdownQueries breakdowns;

    @Inject
    InspectionPlans plans;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Override
    public Figures figures(Long provinceId, Period period) {
        if (provinceId != null && !queries.isProvince(provinceId)) {
            throw new NotFoundException("province", provinceId);
        }
        int threshold = setting.threshold().value();
        Map<String, Long> now = queries.period(provinceId, period);
        Map<String, Long> before = queries.period(provinceId, period.yearBefore());
        List<Indicator> indicators = new ArrayList<>();
        queries.current(provinceId).forEach((code, value) -> indicators.add(Indicator.of(code, value, null)));
        now.forEach((code, value) -> {
            Long previous = before.get(code);
            if (FigureQueries.VICTIM_CODES.contains(code)) {
                boolean small = isSmall(value, threshold);
                boolean previousSmall = isSmall(previous, threshold);
                indicators.add(
                        new Indicator(code, small ? 0 : value, previousSmall ? 0L : previous, small, previousSmall));
            } else {
                indicators.add(Indicator.of(code, value, previous));
            }
        });
        Instant asOf = store.everBuilt() ? store.oldestPending().orElseGet(Instant::now) : null;
        return new Figures(provinceId, period, asOf, threshold, List.copyOf(indicators));
    }

    @Override
    public ProvinceBreakdown byCommune(long provinceId, Period period) {
        if (!queries.isProvince(provinceId)) {
            throw new NotFoundException("province", provinceId);
        }
        int threshold = setting.threshold().value();
        Map<Long, long[]> rows = queries.byCommune(provinceId, period);
        Map<Long, String> names = queries.names(rows.keySet());
        List<Long> ids = new ArrayList<>(rows.keySet());
        ids.sort(Comparator.comparing((Long id) -> names.getOrDefault(id, "")).thenComparing(id -> id));
        long[][] victims = new long[Math.max(1, ids.size())][1];
        for (int i = 0; i < ids.size(); i++) {
            victims[i][0] = rows.get(ids.get(i))[3];
        }
        SmallCounts suppressed = SmallCounts.suppress(victims, threshold);
        List<CommuneFigures> communes = new ArrayList<>();
        long[] total = new long[4];
        for (int i = 0; i < ids.size(); i++) {
            long[] row = rows.get(ids.get(i));
            for (int k = 0; k < 4; k++) {
                total[k] += row[k];
            }
            boolean hidden = suppressed.hidden(i, 0);
            communes.add(new CommuneFigures(
                    ids.get(i),
                    names.getOrDefault(ids.get(i), "#" + ids.get(i)),
                    row[0],
                    row[1],
                    row[2],
                    hidden ? 0 : row[3],
                    hidden,
                    suppressed.small(i, 0)));
        }
        int totalRow = suppressed.rows() - 1;
        boolean totalHidden = suppressed.hidden(totalRow, 0);
        CommuneFigures sum = new CommuneFigures(
                provinceId,
                null,
                total[0],
                total[1],
                total[2],
                totalHidden ? 0 : total[3],
                totalHidden,
                suppressed.small(totalRow, 0));
        return new ProvinceBreakdown(provinceId, period, threshold, List.copyOf(communes), sum);
    }

    @Override
    public Breakdowns breakdowns(Long provinceId, Period period) {
        if (provinceId != null && !queries.isProvince(provinceId)) {
            throw new NotFoundException("province", provinceId);
        }
        LocalDate today = LocalDate.now(VIETNAM);
        return new Breakdowns(
                breakdowns.establishmentsByLine(provinceId),
                breakdowns.byMonth(provinceId, period),
                breakdowns.casesByStep(provinceId, period),
                breakdowns.actsByProvision(provinceId, period),
                suppressed(breakdowns.supportByType(period), setting.threshold().value()),
                breakdowns.moneyBySource(period),
                breakdowns.departments(provinceId, period, today),
                plansMeeting(period));
    }

    /**
     * Requests by support type with the counts below the threshold hidden, and others beside them where one hidden
     * row could be worked out from the total (complementary suppression); a hidden row shows no amounts either.
     */
    private static List<BreakdownRow> suppressed(List<BreakdownRow> rows, int threshold) {
        long[][] counts = new long[Math.max(1, rows.size())][1];
        for (int i = 0; i < rows.size(); i++) {
            counts[i][0] = rows.get(i).value(0);
        }
        SmallCounts hidden = SmallCounts.suppress(counts, threshold);
        List<BreakdownRow> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BreakdownRow row = rows.get(i);
            if (hidden.hidden(i, 0)) {
                List<Long> zeros = row.values().stream().map(v -> 0L).toList();
                shown.add(new BreakdownRow(row.key(), row.labelVi(), row.labelEn(), zeros, "<" + threshold));
            } else {
                shown.add(row);
            }
        }
        return shown;
    }

    /** Approved or closed plans whose period meets this one (the newest first, among the 50 newest). */
    private List<PlanFigures> plansMeeting(Period period) {
        return plans.meeting(period.from(), period.until()).stream()
                .map(p -> new PlanFigures(
                        p.id(),
                        p.number(),
                        p.title(),
                        p.campaign().name(),
                        p.periodFrom(),
                        p.periodUntil(),
                        p.progress().targetCount(),
                        p.progress().inspectedCount(),
                        p.progress().coverageTargetPercent(),
                        p.progress().unannouncedVisits(),
                        p.progress().minUnannouncedVisits()))
                .toList();
    }

    private static boolean isSmall(long count, int threshold) {
        return count >= 1 && count < threshold;
    }
}
