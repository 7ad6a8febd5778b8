package vn.vigil.web.rest.violations;

import vn.vigil.inspection.api.ViolationCaseAction;

/** A workflow step that needs only a reason (explanation, no sanction, enforcement, closing, transfer...). */
public record CaseStepRequest(ViolationCaseAction action, String reason) {}
