package vn.vigil.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.vigil.core.api.CoreStatistics;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.InspectionStatistics;
import vn.vigil.reporting.api.Dashboard;
import vn.vigil.reporting.api.DashboardService;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.Period;
import vn.vigil.reporting.api.ReportFigures;
import vn.vigil.reporting.api.Tile;
import vn.vigil.victim.api.SupportCatalogue;

/**
 * Counts come straight from the database on each call (a handful of indexed aggregate queries); the committee's
 * figures of the year come from the reporting read model.
 */
@ApplicationScoped
@Guarded
@PermitAll
public class DashboardServiceImpl implements DashboardService {

    private static final String ESTABLISHMENTS = "/inspection/establishments.xhtml";
    private static final String DEADLINES = "/legal/deadlines.xhtml";
    private static final String OVERVIEW = "/reports/overview.xhtml";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    CoreStatistics core;

    @Inject
    InspectionStatistics inspection;

    @Inject
    SupportCatalogue support;

    @Inject
    ReportFigures figures;

    @Override
    public List<Dashboard> dashboardsFor(Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        CoreStatistics.Counts c = core.counts();
        InspectionStatistics.Counts i = inspection.counts();
        List<Dashboard> dashboards = new ArrayList<>();
        for (Role role : EnumSet.copyOf(roles)) {
            dashboards.add(new Dashboard(role, tiles(role, c, i)));
        }
        return dashboards;
    }

    /**
     * The committee's desk: the registry, then this year's work from the read model (visits done, violation cases,
     * fines collected, victims received, the last hidden below the small-count threshold), each leading to the overview.
     */
    private List<Tile> committeeTiles(CoreStatistics.Counts c, InspectionStatistics.Counts i) {
        LocalDate today = LocalDate.now(VIETNAM);
        Figures year = figures.figures(null, new Period(today.withDayOfYear(1), today));
        Indicator victims = year.get("VIC.RECEIVED");
        return List.of(
                new Tile("dashboard.establishments", i.establishments(), null),
                new Tile("dashboard.establishmentsHighRisk", i.highRisk(), null),
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

    private List<Tile> tiles(Role role, CoreStatistics.Counts c, InspectionStatistics.Counts i) {
        return switch (role) {
            case ADMIN ->
                List.of(
                        new Tile("dashboard.activeUsers", c.activeUsers(), "/admin/users.xhtml"),
                        new Tile("dashboard.departments", c.departments(), "/admin/departments.xhtml"),
                        new Tile("dashboard.communesInForce", c.communesInForce(), "/admin/units.xhtml"),
                        new Tile("dashboard.holidaysThisYear", c.holidaysThisYear(), "/admin/holidays.xhtml"));
            case INSPECTOR, TEAM_LEAD ->
                List.of(
                        new Tile("dashboard.establishmentsOperating", i.operating(), ESTABLISHMENTS),
                        new Tile("dashboard.establishmentsHighRisk", i.highRisk(), null),
                        new Tile("dashboard.establishmentsSuspended", i.suspended(), null),
                        new Tile("dashboard.communesInForce", c.communesInForce(), null));
            case LEGAL_OFFICER -> legalTiles(c);
            case CASE_WORKER, FINANCE_OFFICER ->
                List.of(
                        new Tile(
                                "dashboard.supportTypes", support.supportTypes().size(), null),
                        new Tile("dashboard.communesInForce", c.communesInForce(), null));
            case COMMITTEE_VIEWER -> committeeTiles(c, i);
        };
    }
}
