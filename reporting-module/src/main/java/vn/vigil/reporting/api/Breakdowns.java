package vn.vigil.reporting.api;

import java.io.Serializable;
import java.util.List;

/**
 * The overview's tables and charts behind the headline figures of a period, for a province or everywhere:
 * <ul>
 *   <li>{@code establishmentsByLine}: establishments not closed now, by business line — low, medium, high risk;
 *   <li>{@code byMonth}: per month of the period — visits done, the same month a year before, violation cases, the
 *       same a year before;
 *   <li>{@code casesByStep}: violation cases detected in the period by the step they are at — cases, fines imposed,
 *       fines paid;
 *   <li>{@code actsByProvision}: the acts of those cases by legal provision, most frequent first (at most 15) — acts,
 *       fines;
 *   <li>{@code supportByType}: support requests of the period by support type a–k, not cancelled — requests (hidden
 *       below the small-count threshold), amount approved, amount paid;
 *   <li>{@code moneyBySource}: the ledger of the period by funding source — committed (net of releases), paid;
 *   <li>{@code departments}: each member department's visits of the period — signed off, and overdue (their day has
 *       passed and they are neither signed off nor called off);
 *   <li>{@code plans}: the approved or closed plans whose period meets this one, the peak campaign among them.
 * </ul>
 */
public record Breakdowns(
        List<BreakdownRow> establishmentsByLine,
        List<BreakdownRow> byMonth,
        List<BreakdownRow> casesByStep,
        List<BreakdownRow> actsByProvision,
        List<BreakdownRow> supportByType,
        List<BreakdownRow> moneyBySource,
        List<BreakdownRow> departments,
        List<PlanFigures> plans)
        implements Serializable {

    public Breakdowns {
        establishmentsByLine = List.copyOf(establishmentsByLine);
        byMonth = List.copyOf(byMonth);
        casesByStep = List.copyOf(casesByStep);
        actsByProvision = List.copyOf(actsByProvision);
        supportByType = List.copyOf(supportByType);
        moneyBySource = List.copyOf(moneyBySource);
        departments = List.copyOf(departments);
        plans = List.copyOf(plans);
    }
}
