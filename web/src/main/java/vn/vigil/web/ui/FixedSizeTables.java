package vn.vigil.web.ui;

import java.util.Map;

/**
 * The tables of the pages that are rendered whole, not paged on the server: each is of a fixed, small size (a
 * catalogue, a code list), one record's parts (a case's payments, a visit's findings), or capped where it is read
 * (the 50 latest runs). Every other table that grows with use is a lazy {@code p:dataTable} over a page query. A
 * table is named here as "page|id" ("page|value" for a {@code ui:repeat}), with why it stays small;
 * EveryTableIsPagedTest fails on a table that is neither lazy nor named here.
 */
public final class FixedSizeTables {

    private static final String ONE_RECORD = "the parts of one record";
    private static final String CATALOGUE = "a catalogue the administrator keeps, a few dozen rows";
    private static final String FIXED = "fixed by the law or the code";

    public static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("statistics.xhtml|perLine", CATALOGUE),
            Map.entry("directives/directive.xhtml|tasks", ONE_RECORD),
            Map.entry("directives/directive.xhtml|units", "one directive's units, a few dozen"),
            Map.entry(
                    "directives/inbox.xhtml|tasks",
                    "one unit's tasks of the directives sent to it, a few dozen a year"),
            Map.entry("directives/task.xhtml|occurrences", "one task's due dates, at most 120 by design"),
            Map.entry("directives/task.xhtml|#{taskBean.view.task().indicators()}", "one task's figures, at most 30"),
            Map.entry("directives/task.xhtml|#{taskBean.report.attachments()}", ONE_RECORD),
            Map.entry("directives/outreach.xhtml|badRows", "capped: one import file's report"),
            Map.entry("directives/approvals.xhtml|waiting", "capped: the 200 oldest waiting"),
            Map.entry("directives/approvals.xhtml|approved", "capped: the 50 latest approved"),
            Map.entry("directives/approvals.xhtml|#{approvalsBean.report.figures().entrySet().toArray()}", ONE_RECORD),
            Map.entry("admin/violation-rules.xhtml|rules", "one row per statutory rule and version"),
            Map.entry("admin/report-schedules.xhtml|schedules", "the province's few report schedules"),
            Map.entry("admin/report-schedules.xhtml|runs", "capped: the latest runs only"),
            Map.entry("admin/units.xhtml|predecessors", ONE_RECORD),
            Map.entry("admin/holidays.xhtml|holidays", "one year's public holidays"),
            Map.entry("admin/checklists.xhtml|templates", "one checklist per business line"),
            Map.entry("admin/checklists.xhtml|draftItems", ONE_RECORD),
            Map.entry("admin/checklists.xhtml|shownItems", ONE_RECORD),
            Map.entry("admin/checklists.xhtml|history", ONE_RECORD),
            Map.entry("admin/business-lines.xhtml|lines", CATALOGUE),
            Map.entry("admin/business-lines.xhtml|weights", FIXED),
            Map.entry("admin/departments.xhtml|departments", "the committee's member departments"),
            Map.entry("admin/support-rates.xhtml|rates", CATALOGUE),
            Map.entry("admin/users.xhtml|userTokens", "one person's API tokens"),
            Map.entry("inspection/schedule.xhtml|#{scheduleBean.selected.members()}", ONE_RECORD),
            Map.entry("inspection/visit.xhtml|answers", ONE_RECORD),
            Map.entry("inspection/visit.xhtml|indicators", ONE_RECORD),
            Map.entry("inspection/visit.xhtml|people", ONE_RECORD),
            Map.entry("inspection/visit.xhtml|findings", ONE_RECORD),
            Map.entry("inspection/visit.xhtml|evidenceList", ONE_RECORD),
            Map.entry("inspection/visit.xhtml|amendments", ONE_RECORD),
            Map.entry("inspection/establishment.xhtml|riskFactors", FIXED),
            Map.entry("inspection/establishment-import.xhtml|badRows", "capped: one import file's report"),
            Map.entry("inspection/establishment-import.xhtml|warnings", "capped: one import file's report"),
            Map.entry("inspection/establishment-edit.xhtml|duplicateRows", "capped: the closest possible duplicates"),
            Map.entry("account.xhtml|tokens", "one person's API tokens"),
            Map.entry("account.xhtml|#{accountBean.roles}", FIXED),
            Map.entry("victim/support.xhtml|eligibility", FIXED),
            Map.entry("victim/support.xhtml|assessments", ONE_RECORD),
            Map.entry("victim/support.xhtml|extensions", ONE_RECORD),
            Map.entry("victim/support.xhtml|requests", ONE_RECORD),
            Map.entry("victim/case.xhtml|referrals", ONE_RECORD),
            Map.entry("finance/funding-sources.xhtml|sources", CATALOGUE),
            Map.entry("finance/budget-lines.xhtml|lines", "one year's budget lines"),
            Map.entry("finance/case.xhtml|history", ONE_RECORD),
            Map.entry("legal/case.xhtml|acts", ONE_RECORD),
            Map.entry("legal/case.xhtml|payments", ONE_RECORD),
            Map.entry("legal/case.xhtml|history", ONE_RECORD),
            Map.entry(
                    "legal/case.xhtml|#{['REQUEST_EXPLANATION', 'DELIVER_DECISION', 'START_ENFORCEMENT', 'TRANSFER_TO_POLICE', 'RETURN_FROM_POLICE', 'PROSECUTE', 'DECIDE_NOT_TO_SANCTION', 'EXEMPT_AS_VICTIM', 'FILE_COMPLAINT', 'DECIDE_COMPLAINT', 'CLOSE']}",
                    FIXED),
            Map.entry("calendar.xhtml|holidays", "one year's public holidays"),
            Map.entry("WEB-INF/includes/visit-table.xhtml|#{tableId}", "one person's visits of a week"),
            Map.entry("WEB-INF/includes/case-dialogs.xhtml|chosenActs", ONE_RECORD),
            Map.entry("WEB-INF/includes/case-dialogs.xhtml|fines", ONE_RECORD),
            Map.entry("reports/periodic.xhtml|reports", "capped: the latest reports"),
            Map.entry("reports/overview.xhtml|communes", "one province's communes, paged in the browser"),
            Map.entry("reports/overview.xhtml|#{overviewBean.groups}", FIXED),
            Map.entry("reports/overview.xhtml|#{group.rows()}", FIXED),
            Map.entry("reports/overview.xhtml|#{b.plans()}", "the plans running in the period"),
            Map.entry("reports/overview.xhtml|#{b.establishmentsByLine()}", CATALOGUE),
            Map.entry("reports/overview.xhtml|#{b.casesByStep()}", FIXED),
            Map.entry("reports/overview.xhtml|#{b.actsByProvision()}", "capped: the 15 most frequent"),
            Map.entry("reports/overview.xhtml|#{b.supportByType()}", FIXED),
            Map.entry("reports/overview.xhtml|#{b.moneyBySource()}", CATALOGUE),
            Map.entry("reports/overview.xhtml|#{b.departments()}", "the committee's member departments"),
            Map.entry("support-types.xhtml|supportTypes", FIXED),
            Map.entry("support-types.xhtml|#{supportTypesBean.personStatuses}", FIXED),
            Map.entry("index.xhtml|#{dashboardBean.panels}", "one panel per role the person holds"),
            Map.entry("index.xhtml|#{panel.tiles()}", FIXED),
            Map.entry("index.xhtml|#{panel.bars()}", "capped: at most 20 bars a desk"));

    private FixedSizeTables() {}
}
