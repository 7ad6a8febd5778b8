package vn.vigil.web.rest.victims;

/** The username of the case worker who takes the case over. */
public record ReassignmentRequest(String caseWorker) {}
