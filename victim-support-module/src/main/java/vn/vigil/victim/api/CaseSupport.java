package vn.vigil.victim.api;

/**
 * The case worker's side of support: needs assessments, essential-needs extensions and support requests on their
 * own cases. Eligibility follows the person's status and role; amounts follow the provincial rates in force. Every
 * refused attempt is audited and changes nothing.
 */
public interface CaseSupport {

    CaseSupportView caseSupport(long caseId);

    NeedsAssessmentView assessNeeds(long caseId, NeedsAssessmentCommand command);

    ExtensionView recordExtension(long caseId, ExtensionCommand command);

    SupportRequestView requestSupport(SupportRequestCommand command);

    /** The case worker withdraws their request before any approval. */
    SupportRequestView withdraw(long requestId, long version, String reason);
}
