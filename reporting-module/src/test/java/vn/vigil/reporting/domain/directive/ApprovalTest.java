package vn.vigil.reporting.domain.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.reporting.api.directive.ApprovalState;

class ApprovalTest {

    @Test
    void aCommunesFiguresAreReviewedThenApprovedAndLocked() {
        Approval submitted = Approval.draft().submit("xa.tb", true);
        assertThat(submitted.state()).isEqualTo(ApprovalState.AWAITING_REVIEW);
        Approval reviewed = submitted.review("dm.svh");
        assertThat(reviewed.state()).isEqualTo(ApprovalState.AWAITING_APPROVAL);
        assertThat(reviewed.reviewedBy()).isEqualTo("dm.svh");
        Approval approved = reviewed.approve("vptt");
        assertThat(approved.state()).isEqualTo(ApprovalState.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("vptt");
        assertThatThrownBy(approved::ensureEditable).hasMessageContaining("approval.locked");
        assertThatThrownBy(() -> approved.submit("xa.tb", true)).hasMessageContaining("approval.locked");
    }

    @Test
    void aDepartmentsFiguresGoStraightToTheStandingOffice() {
        Approval submitted = Approval.draft().submit("dm.syt", false);
        assertThat(submitted.state()).isEqualTo(ApprovalState.AWAITING_APPROVAL);
        assertThatThrownBy(() -> submitted.review("dm.svh")).hasMessageContaining("approval.wrongStep");
    }

    @Test
    void nobodyReviewsOrApprovesWhatTheySubmitted() {
        Approval submitted = Approval.draft().submit("dm.syt", true);
        assertThatThrownBy(() -> submitted.review("dm.syt")).hasMessageContaining("approval.ownSubmission");
        Approval toApprove = Approval.draft().submit("vptt", false);
        assertThatThrownBy(() -> toApprove.approve("vptt")).hasMessageContaining("approval.ownSubmission");
    }

    @Test
    void aReturnNeedsAReasonAndReopensTheFiguresForCorrection() {
        Approval submitted = Approval.draft().submit("xa.tb", true);
        assertThatThrownBy(() -> submitted.returnToUnit("dm.svh", "  "))
                .hasMessageContaining("approval.reason.missing");
        Approval returned = submitted.returnToUnit("dm.svh", "Thiếu số lượt người");
        assertThat(returned.state()).isEqualTo(ApprovalState.RETURNED);
        assertThat(returned.returnedReason()).isEqualTo("Thiếu số lượt người");
        returned.ensureEditable();
        Approval again = returned.submit("xa.tb", true);
        assertThat(again.state()).isEqualTo(ApprovalState.AWAITING_REVIEW);
        assertThat(again.returnedReason()).isNull();
    }

    @Test
    void figuresUnderReviewCannotBeEditedOrResubmitted() {
        Approval submitted = Approval.draft().submit("xa.tb", true);
        assertThatThrownBy(submitted::ensureEditable).hasMessageContaining("approval.underReview");
        assertThatThrownBy(() -> submitted.submit("xa.tb", true)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Approval.draft().approve("vptt")).hasMessageContaining("approval.wrongStep");
        assertThatThrownBy(() -> Approval.draft().returnToUnit("vptt", "x"))
                .hasMessageContaining("approval.notWaiting");
    }

    @Test
    void unApprovingNeedsAReasonAndGoesBackToTheStandingOffice() {
        Approval approved = Approval.draft().submit("dm.syt", false).approve("vptt");
        assertThatThrownBy(() -> approved.unapprove(null)).hasMessageContaining("approval.reason.missing");
        Approval reopened = approved.unapprove("Sai số liệu tháng 7");
        assertThat(reopened.state()).isEqualTo(ApprovalState.AWAITING_APPROVAL);
        assertThat(reopened.approvedBy()).isNull();
        assertThat(reopened.returnedReason()).isEqualTo("Sai số liệu tháng 7");
        assertThatThrownBy(() -> Approval.draft().submit("a", false).unapprove("x"))
                .hasMessageContaining("approval.wrongStep");
    }
}
