package vn.vigil.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vigil.core.api.CoreStatistics;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.inspection.api.FollowUps;
import vn.vigil.inspection.api.InspectionPlans;
import vn.vigil.inspection.api.InspectionStatistics;
import vn.vigil.inspection.api.PlanQuery;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.PlanSummary;
import vn.vigil.inspection.api.ViolationCases;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.reporting.api.Bar;
import vn.vigil.reporting.api.BreakdownRow;
import vn.vigil.reporting.api.Dashboard;
import vn.vigil.reporting.api.DashboardService;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.Period;
import vn.vigil.reporting.api.ReportFigures;
import vn.vigil.reporting.api.Tile;
import vn.vigil.reporting.api.directive.OutreachQuery;
import vn.vigil.reporting.api.directive.OutreachTotals;
import vn.vigil.reporting.infrastructure.BreakdownQueries;
import vn.vigil.victim.api.BudgetLineView;
import vn.vigil.victim.api.Budgets;
import vn.vigil.victim.api.CaseloadCounts;
import vn.vigil.victim.api.SupportApprovals;
import vn.vigil.victim.api.SupportRequestStatus;
import vn.vigil.victim.api.VictimCases;

/**
 * Counts come straight from the database on each call (a handful of indexed aggregate queries); the committee's
 * figures of the year come from the reporting read model.
 */
@ApplicationScoped
@Guarded
@PermitAll
public class DashboardServiceImpl implements DashboardService {

    private static final String DEADLINES = "/legal/deadlines.xhtml";
    private static final String OVERVIEW = "/reports/overview.xhtml";
    private static final String MY_VISITS = "/inspection/my-visits.xhtml";
    private static final String FOLLOW_UPS = "/inspection/follow-ups.xhtml";
    private static final String PLANS = "/inspection/plans.xhtml";
    private static final String CASELOAD = "/victim/cases.xhtml";
    private static final String REQUESTS = "/finance/requests.xhtml";
    private static final String BUDGET_LINES = "/finance/budget-lines.xhtml";
    private static final String INBOX = "/directives/inbox.xhtml";
    private static final String APPROVALS = "/directives/approvals.xhtml";
    private static final String DIRECTIVES = "/directives/list.xhtml";
    private static final String OUTREACH = "/directives/outreach.xhtml";
    /** At most this many running plans get a bar. */
    private static final int PLAN_BARS = 20;
    /** A verification falls due soon within this many days. */
    private static final int DUE_SOON_DAYS = 7;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    CoreStatistics core;

    @Inject
    vn.vigil.reporting.api.directive.TaskInbox inbox;

    @Inject
    vn.vigil.reporting.api.directive.Approvals directiveApprovals;

    @Inject
    vn.vigil.reporting.api.directive.OutreachLog outreachLog;

    @Inject
    InspectionStatistics inspection;

    @Inject
    ReportFigures figures;

    @Inject
    VisitDirectory visits;

    @Inject
    FollowUps followUpList;

    @Inject
    InspectionPlans plans;

    @Inject
    ViolationCases cases;

    @Inject
    VictimCases victims;

    @Inject
    SupportApprovals approvals;

    @Inject
    Budgets budgets;

    @Inject
    BreakdownQueries breakdowns;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentActor actor;

    @Override
    public List<Dashboard> dashboardsFor(Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        // the staff counts are read only when a desk shows them; the registry's come from the read model
        CoreStatistics.Counts c = roles.contains(Role.ADMIN)
                        || roles.contains(Role.LEGAL_OFFICER)
                        || roles.contains(Role.COMMITTEE_VIEWER)
                ? core.counts()
                : null;
        List<Dashboard> dashboards = new ArrayList<>();
        for (Role role : EnumSet.copyOf(roles)) {
            dashboards.add(desk(role, c));
        }
        return dashboards;
    }

    private Dashboard desk(Role role, CoreStatistics.Counts c) {
        return switch (role) {
            case ADMIN ->
                new Dashboard(
                        role,
                        List.of(
                                new Tile("dashboard.activeUsers", c.activeUsers(), "/admin/users.xhtml"),
                                new Tile("dashboard.departments", c.departments(), "/admin/departments.xhtml"),
                                new Tile("dashboard.communesInForce", c.communesInForce(), "/admin/units.xhtml"),
                                new Tile("dashboard.holidaysThisYear", c.holidaysThisYear(), "/admin/holidays.xhtml")),
                        null,
                        List.of(),
                        OVERVIEW);
            case INSPECTOR -> inspectorDesk();
            case TEAM_LEAD -> teamLeadDesk();
            case LEGAL_OFFICER ->
                new Dashboard(role, legalTiles(c), "dashboard.caseFlow", caseFlow(), "/legal/cases.xhtml");
            case CASE_WORKER -> caseWorkerDesk();
            case FINANCE_OFFICER -> financeDesk();
            case COMMITTEE_VIEWER -> new Dashboard(role, committeeTiles(c), null, List.of(), OVERVIEW);
            case FOCAL_POINT -> focalPointDesk();
            case STANDING_OFFICE -> standingOfficeDesk();
        };
    }

    /** A focal point's desk: the unit's open tasks, those due within a week, reports late, figures to review. */
    private Dashboard focalPointDesk() {
        LocalDate week = LocalDate.now(VIETNAM).plusDays(7);
        List<vn.vigil.reporting.api.directive.InboxItem> tasks = inbox.mine();
        long open = tasks.stream().filter(t -> !t.done()).count();
        long dueSoon = tasks.stream()
                .filter(t -> !t.done() && t.nextDue() != null && !t.nextDue().isAfter(week))
                .count();
        long late = tasks.stream()
                .mapToLong(vn.vigil.reporting.api.directive.InboxItem::reportsLate)
                .sum();
        return new Dashboard(
                Role.FOCAL_POINT,
                List.of(
                        new Tile("dashboard.tasksOpen", open, INBOX),
                        new Tile("dashboard.tasksDueThisWeek", dueSoon, INBOX),
                        new Tile("dashboard.reportsLate", late, INBOX),
                        new Tile(
                                "dashboard.toReview",
                                directiveApprovals.waiting().size(),
                                APPROVALS)),
                null,
                List.of(),
                INBOX);
    }

    /** The standing office's desk: figures waiting for approval, and the reports late across every unit. */
    private Dashboard standingOfficeDesk() {
        List<vn.vigil.reporting.api.directive.InboxItem> due = inbox.dueSoonOrLate(7);
        return new Dashboard(
                Role.STANDING_OFFICE,
                List.of(
                        new Tile(
                                "dashboard.toApprove",
                                directiveApprovals.waiting().size(),
                                APPROVALS),
                        new Tile(
                                "dashboard.reportsLateAllUnits",
                                due.stream()
                                        .mapToLong(vn.vigil.reporting.api.directive.InboxItem::reportsLate)
                                        .sum(),
                                DIRECTIVES),
                        new Tile(
                                "dashboard.tasksDueThisWeekAllUnits",
                                due.stream()
                                        .filter(i -> i.nextDue() != null && !i.done())
                                        .count(),
                                DIRECTIVES)),
                null,
                List.of(),
                DIRECTIVES);
    }

    /**
     * An inspector's day: the visits of today and this week, the re-inspections findings demand, and the own
     * department's visits this year.
     */
    private Dashboard inspectorDesk() {
        LocalDate today = LocalDate.now(VIETNAM);
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        List<VisitSummary> week = visits.mine(monday, monday.plusDays(6));
        long todays =
                week.stream().filter(v -> v.start().toLocalDate().equals(today)).count();
        String departmentCode = departmentCode();
        long[] department = departmentVisits(departmentCode, today);
        return new Dashboard(
                Role.INSPECTOR,
                List.of(
                        new Tile("dashboard.myVisitsToday", todays, MY_VISITS),
                        new Tile("dashboard.myVisitsThisWeek", week.size(), MY_VISITS),
                        new Tile("dashboard.followUpsOverdue", followUps(true), FOLLOW_UPS),
                        new Tile("dashboard.followUpsOpen", followUps(false), FOLLOW_UPS),
                        new Tile("dashboard.departmentVisitsThisYear", department[0], null),
                        new Tile("dashboard.departmentVisitsOverdue", department[1], null)),
                departmentCode == null ? null : "dashboard.departmentMonths",
                departmentCode == null ? List.of() : departmentMonths(departmentCode, today),
                MY_VISITS);
    }

    /**
     * A team lead's desk: the plans running today, each a bar of its targets inspected, and the deadlines of the
     * violation cases from the visits of the teams he leads.
     */
    private Dashboard teamLeadDesk() {
        LocalDate today = LocalDate.now(VIETNAM);
        List<PlanSummary> running =
                plans.list(new PlanQuery(PlanStatus.APPROVED), PageRequest.first(PLAN_BARS)).items().stream()
                        .filter(p -> !p.periodFrom().isAfter(today)
                                && !p.periodUntil().isBefore(today))
                        .toList();
        List<Bar> bars = running.stream()
                .map(p -> new Bar(
                        p.number() + " — " + p.title(),
                        p.progress().inspectedCount(),
                        p.progress().targetCount(),
                        "/inspection/plan.xhtml?id=" + p.id()))
                .toList();
        long unannounced = running.stream()
                .mapToLong(p -> p.progress().unannouncedVisits())
                .sum();
        return new Dashboard(
                Role.TEAM_LEAD,
                List.of(
                        new Tile("dashboard.plansRunning", running.size(), PLANS),
                        new Tile("dashboard.plansUnannounced", unannounced, PLANS),
                        new Tile(
                                "dashboard.teamCasesWithDeadline",
                                cases.deadlineBoard(PageRequest.first(1)).total(),
                                DEADLINES),
                        new Tile("dashboard.followUpsOverdue", followUps(true), FOLLOW_UPS)),
                "dashboard.planProgress",
                bars,
                PLANS);
    }

    /** A case worker's desk: her open cases and the verifications falling due, counted whole in one query. */
    private Dashboard caseWorkerDesk() {
        CaseloadCounts counts = victims.caseloadCounts(DUE_SOON_DAYS);
        return new Dashboard(
                Role.CASE_WORKER,
                List.of(
                        new Tile("dashboard.myOpenCases", counts.open(), CASELOAD),
                        new Tile("dashboard.verificationsOverdue", counts.verificationsOverdue(), CASELOAD),
                        new Tile("dashboard.verificationsDueSoon", counts.verificationsDueSoon(), CASELOAD),
                        new Tile("dashboard.casesReceivedThisMonth", counts.receivedThisMonth(), CASELOAD)),
                null,
                List.of(),
                CASELOAD);
    }

    /**
     * Finance's desk: requests waiting for an approval and approved ones waiting to be paid, this year's money paid
     * and still available, and each funding source's execution (committed and paid against its lines) as a bar.
     */
    private Dashboard financeDesk() {
        long waiting = approvals
                        .queue(SupportRequestStatus.REQUESTED, PageRequest.first(1))
                        .total()
                + approvals
                        .queue(SupportRequestStatus.FIRST_APPROVED, PageRequest.first(1))
                        .total();
        long toPay = approvals
                .queue(SupportRequestStatus.APPROVED, PageRequest.first(1))
                .total();
        List<BudgetLineView> lines = budgets.budgetLines(LocalDate.now(VIETNAM).getYear());
        Map<String, long[]> bySource = new LinkedHashMap<>();
        for (BudgetLineView line : lines) {
            long[] sums = bySource.computeIfAbsent(line.fundingSourceName(), k -> new long[2]);
            sums[0] += line.committed() + line.disbursed();
            sums[1] += line.amount();
        }
        List<Bar> bars = bySource.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getValue()[0], e.getValue()[1], BUDGET_LINES))
                .toList();
        return new Dashboard(
                Role.FINANCE_OFFICER,
                List.of(
                        new Tile("dashboard.requestsWaiting", waiting, REQUESTS),
                        new Tile("dashboard.requestsToPay", toPay, REQUESTS),
                        new Tile(
                                "dashboard.disbursedThisYear",
                                lines.stream()
                                        .mapToLong(BudgetLineView::disbursed)
                                        .sum(),
                                BUDGET_LINES),
                        new Tile(
                                "dashboard.availableThisYear",
                                lines.stream()
                                        .mapToLong(BudgetLineView::available)
                                        .sum(),
                                BUDGET_LINES)),
                "dashboard.budgetExecution",
                bars,
                BUDGET_LINES);
    }

    /**
     * The signed-in person's department's own figures this year, from the read model: visits its staff took part in
     * and signed off, and those overdue (their day passed, neither signed off nor called off).
     */
    private long[] departmentVisits(String code, LocalDate today) {
        if (code == null) {
            return new long[2];
        }
        return breakdowns.departments(null, new Period(today.withDayOfYear(1), today), today).stream()
                .filter(r -> r.key().equals(code))
                .findFirst()
                .map(r -> new long[] {r.value(0), r.value(1)})
                .orElseGet(() -> new long[2]);
    }

    private String departmentCode() {
        return staff.findByUsername(actor.username())
                .map(StaffMember::departmentCode)
                .orElse(null);
    }

    /**
     * The department's own year, month by month: the visits its staff took part in and signed off, each month a bar
     * against the busiest one.
     */
    private List<Bar> departmentMonths(String code, LocalDate today) {
        List<BreakdownRow> months = breakdowns.departmentMonths(code, today);
        long busiest = months.stream().mapToLong(r -> r.value(0)).max().orElse(0);
        return months.stream()
                .map(r -> new Bar(r.labelVi(), r.value(0), busiest, null))
                .toList();
    }

    /** The legal officer's case flow: this year's violation cases by the step they are at, each against them all. */
    private List<Bar> caseFlow() {
        LocalDate today = LocalDate.now(VIETNAM);
        List<BreakdownRow> steps = breakdowns.casesByStep(null, new Period(today.withDayOfYear(1), today));
        long all = steps.stream().mapToLong(r -> r.value(0)).sum();
        return steps.stream()
                .map(r -> new Bar(null, "cases.status." + r.key(), r.value(0), all, "/legal/cases.xhtml"))
                .toList();
    }

    private long followUps(boolean overdueOnly) {
        return followUpList.open(overdueOnly, PageRequest.first(1)).total();
    }

    /**
     * The committee's desk, all from the read model: the registry now (establishments not closed, operating ones of
     * high risk), then this year's work (visits done, violation cases, fines collected, victims received, the last
     * hidden below the small-count threshold), each leading to the overview.
     */
    private List<Tile> committeeTiles(CoreStatistics.Counts c) {
        LocalDate today = LocalDate.now(VIETNAM);
        Figures year = figures.figures(null, new Period(today.withDayOfYear(1), today));
        Indicator victims = year.get("VIC.RECEIVED");
        OutreachTotals outreach =
                outreachLog.totals(new OutreachQuery(today.withDayOfYear(1), today, null, null, null, null));
        return List.of(
                new Tile("dashboard.establishments", year.get("EST.TOTAL").value(), OVERVIEW),
                new Tile(
                        "dashboard.establishmentsHighRisk",
                        year.get("EST.HIGH_RISK").value(),
                        OVERVIEW),
                new Tile(
                        "dashboard.visitsDoneThisYear",
                        year.get("INS.VISITS_DONE").value(),
                        OVERVIEW),
                new Tile("dashboard.casesThisYear", year.get("VIO.CASES").value(), OVERVIEW),
                new Tile(
                        "dashboard.finesCollectedThisYear",
                        year.get("VIO.FINES_COLLECTED").value(),
                        OVERVIEW),
                new Tile(
                        "dashboard.victimsReceivedThisYear",
                        victims.value(),
                        OVERVIEW,
                        victims.small() ? "<" + year.smallCountThreshold() : null),
                new Tile("dashboard.outreachApprovedThisYear", outreach.approvedParticipants(), OUTREACH),
                new Tile(
                        "dashboard.outreachNotYetApproved",
                        outreach.activities() - outreach.approvedActivities(),
                        OUTREACH),
                new Tile("dashboard.departments", c.departments(), null),
                new Tile("dashboard.provinces", c.provinces(), null));
    }

    /** A legal officer's first concern: cases past or close to a statutory deadline. */
    private List<Tile> legalTiles(CoreStatistics.Counts c) {
        InspectionStatistics.CaseCounts cases = inspection.caseCounts(LocalDate.now(VIETNAM));
        return List.of(
                new Tile("dashboard.casesOverdue", cases.overdue(), DEADLINES),
                new Tile("dashboard.casesDueSoon", cases.dueSoon(), DEADLINES),
                new Tile("dashboard.casesRunning", cases.running(), DEADLINES),
                new Tile("dashboard.holidaysThisYear", c.holidaysThisYear(), "/calendar.xhtml"));
    }
}
