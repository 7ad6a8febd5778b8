package vn.vigil.reporting.infrastructure.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ModuleSchema;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.reporting.api.directive.ApprovalItem;
import vn.vigil.reporting.api.directive.Audience;
import vn.vigil.reporting.api.directive.OutreachCommand;
import vn.vigil.reporting.api.directive.OutreachKind;
import vn.vigil.reporting.api.directive.OutreachQuery;
import vn.vigil.reporting.domain.directive.Approval;

/**
 * The directive stores on PostgreSQL, and the rules the database keeps even if the service did not: approved figures
 * are locked, nobody approves their own submission, counts are never negative, a signed document is a PDF.
 */
class DirectiveSchemaTest {

    private static DataSource db;
    private static OutreachStore outreach;
    private static AssignmentStore approvals;
    private static Jdbc jdbc;
    private static long unit;
    private static long commune;

    @BeforeAll
    static void migrate() {
        TestDatabase.migrate(List.of(
                CoreSchemaAccess.coreSchema(),
                new ModuleSchema("inspection", 10, List.of()),
                new ModuleSchema("victim", 10, List.of()),
                new ModuleSchema("violation", 15, List.of()),
                new ModuleSchema("reporting", 20, List.of())));
        db = TestDatabase.dataSource();
        outreach = new OutreachStore(db);
        approvals = new AssignmentStore(db);
        jdbc = new Jdbc(db);
        unit = jdbc.id("select id from core.department where code = 'SVHTTDL'");
        commune = jdbc.id("select min(id) from core.administrative_unit where level = 'COMMUNE'");
    }

    @Test
    void approvedOutreachIsLockedByTheDatabase() {
        long id = outreach.insert(activity(50), null, "xa.a");
        OutreachStore.Activity a = outreach.find(id).orElseThrow();
        Approval submitted = a.approval().submit("xa.a", false);
        assertThat(approvals.changeApproval(
                        ApprovalItem.Subject.OUTREACH, id, a.version(), submitted, "SUBMIT", "xa.a"))
                .isTrue();
        Approval approved = submitted.approve("vptt");
        assertThat(approvals.changeApproval(
                        ApprovalItem.Subject.OUTREACH, id, a.version() + 1, approved, "APPROVE", "vptt"))
                .isTrue();
        assertThat(outreach.update(id, a.version() + 2, activity(1), "xa.a"))
                .as("the store changes only drafts and returned figures")
                .isFalse();
        assertThatThrownBy(
                        () -> jdbc.update("update reporting.outreach_activity set participants = 1 where id = ?", id))
                .hasRootCauseInstanceOf(SQLException.class)
                .rootCause()
                .hasMessageContaining("approved figures are locked");
        assertThatThrownBy(() -> jdbc.update(
                        "update reporting.outreach_activity set state = 'AWAITING_APPROVAL', approved_at = null,"
                                + " approved_by = null, participants = 2 where id = ?",
                        id))
                .as("un-approving changes nothing but the approval")
                .rootCause()
                .hasMessageContaining("approved figures are locked");
        assertThat(outreach.find(id).orElseThrow().fields().participants()).isEqualTo(50);
        assertThat(outreach.totals(new OutreachQuery(null, null, unit, commune, null, null))
                        .approvedParticipants())
                .isGreaterThanOrEqualTo(50);
    }

    @Test
    void theDatabaseRefusesOwnApprovalNegativeCountsAndAPdfThatIsNotOne() {
        long id = outreach.insert(activity(5), null, "xa.b");
        assertThatThrownBy(() -> jdbc.update(
                        "update reporting.outreach_activity set state = 'APPROVED', submitted_at = now(),"
                                + " submitted_by = 'xa.b', approved_at = now(), approved_by = 'xa.b' where id = ?",
                        id))
                .rootCause()
                .hasMessageContaining("outreach_not_own_approval");
        assertThatThrownBy(() -> outreach.insert(activity(-1), null, "xa.b"))
                .rootCause()
                .hasMessageContaining("participants");
        long directive = jdbc.id("insert into reporting.directive (kind, symbol, issued_on, signer, issuing_body,"
                + " subject, search_key, in_force_from, created_by, updated_by) values ('PLAN', 'T/1', current_date,"
                + " 'a', 'b', 'c', 'c', current_date, 't', 't') returning id");
        assertThatThrownBy(() -> jdbc.update(
                        "update reporting.directive set pdf = ?, pdf_name = 'x.pdf' where id = ?",
                        "<html>".getBytes(),
                        directive))
                .rootCause()
                .hasMessageContaining("directive_pdf_check");
        jdbc.update(
                "update reporting.directive set pdf = ?, pdf_name = 'x.pdf' where id = ?",
                "%PDF-1.7".getBytes(),
                directive);
    }

    @Test
    void aReportsFiguresRoundTripAsJson() {
        long directive = jdbc.id("insert into reporting.directive (kind, symbol, issued_on, signer, issuing_body,"
                + " subject, search_key, in_force_from, created_by, updated_by) values ('PLAN', 'T/2', current_date,"
                + " 'a', 'b', 'c', 'c', current_date, 't', 't') returning id");
        long task = jdbc.id(
                "insert into reporting.directive_task (directive_id, position, text, lead_unit_id,"
                        + " recurrence, due_on) values (?, 1, 'x', ?, 'ONCE', current_date) returning id",
                directive,
                unit);
        long assignment = jdbc.id(
                "insert into reporting.task_unit (task_id, unit_id, lead) values (?, ?, true) returning id",
                task,
                unit);
        long report = approvals.insertReport(
                assignment, LocalDate.now(), "ok", Map.of("OUT.PARTICIPANTS", 1200L, "OUT.ACTIVITIES", 3L), "a");
        assertThat(approvals.report(report).orElseThrow().figures())
                .containsExactlyInAnyOrderEntriesOf(Map.of("OUT.PARTICIPANTS", 1200L, "OUT.ACTIVITIES", 3L));
        assertThatThrownBy(() -> AssignmentStore.json(Map.of("X\",\"Y", 1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLogIsPagedByCursorLatestFirstAndALongListIsNotCountedToItsEnd() {
        long unit = jdbc.id("select id from core.department where code = 'SNV'");
        jdbc.update(
                "insert into reporting.outreach_activity (held_on, unit_id, kind, audiences, commune_ids, participants,"
                        + " materials, state, created_by, updated_by) select current_date - (g % 400), ?, 'LEAFLETS',"
                        + " array['WOMEN'], array[?::bigint], g, 0, 'DRAFT', 't', 't' from generate_series(1, 2100) g",
                unit, commune);
        OutreachQuery mine = new OutreachQuery(null, null, unit, null, null, null);
        OutreachStore.Slice first = outreach.page(mine, new vn.vigil.core.api.PageRequest(0, 50));
        assertThat(first.exact())
                .as("2,100 matches are more than the exact count")
                .isFalse();
        assertThat(first.total()).isGreaterThan(OutreachStore.EXACT_COUNT_LIMIT);
        java.util.List<Long> seen = new java.util.ArrayList<>();
        OutreachStore.Slice page = first;
        LocalDate previous = LocalDate.MAX;
        for (int i = 0; i < 5; i++) {
            for (OutreachStore.Activity a : page.rows()) {
                assertThat(a.fields().heldOn()).isBeforeOrEqualTo(previous);
                previous = a.fields().heldOn();
                seen.add(a.id());
            }
            page = outreach.page(
                    mine, vn.vigil.core.api.PageRequest.continuing(page.next().encode(), 50));
        }
        assertThat(seen).hasSize(250).doesNotHaveDuplicates();
        OutreachStore.Slice byNumber = outreach.page(mine, new vn.vigil.core.api.PageRequest(5, 50));
        assertThat(byNumber.rows())
                .extracting(OutreachStore.Activity::id)
                .isEqualTo(page.rows().stream().map(OutreachStore.Activity::id).toList());
        OutreachQuery other = new OutreachQuery(null, null, unit + 1, null, null, null);
        assertThatThrownBy(() -> outreach.page(
                        other,
                        vn.vigil.core.api.PageRequest.continuing(first.next().encode(), 50)))
                .as("a cursor continues only the list and filters that made it")
                .hasMessageContaining("page.cursor");
    }

    private static OutreachCommand activity(int participants) {
        return new OutreachCommand(
                LocalDate.now().minusDays(1),
                unit,
                OutreachKind.SCHOOL_TALK,
                java.util.Set.of(Audience.STUDENTS),
                List.of(commune),
                participants,
                10,
                "Nói chuyện chuyên đề");
    }
}
