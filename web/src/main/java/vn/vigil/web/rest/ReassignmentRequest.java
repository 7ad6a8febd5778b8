package vn.vigil.web.rest;

/** The username of the case worker who takes the case over. */
public record ReassignmentRequest(String caseWorker) {}
