package vn.vigil.inspection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.domain.CaseWorkflow;

/**
 * The invariant check of stored cases (violation.invariant_violation) reads the workflow from its own table,
 * violation.workflow_step: it holds exactly the steps CaseWorkflow allows, each leading where CaseWorkflow says.
 */
class CaseWorkflowTableTest {

    @Test
    void theStoredWorkflowIsTheWorkflowOfTheApplication() throws SQLException {
        InspectionTestDatabase.factory();
        Set<String> application = new HashSet<>();
        for (ViolationCaseAction action : ViolationCaseAction.values()) {
            for (ViolationCaseStatus from : ViolationCaseStatus.values()) {
                if (action != ViolationCaseAction.OPEN && CaseWorkflow.allows(from, action)) {
                    application.add(action + " " + from + " " + CaseWorkflow.next(from, action));
                }
            }
        }
        Set<String> stored = new HashSet<>();
        try (Connection c = TestDatabase.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select action, from_status, to_status from violation.workflow_step")) {
            while (rs.next()) {
                stored.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        assertThat(stored).isNotEmpty().isEqualTo(application);
    }
}
