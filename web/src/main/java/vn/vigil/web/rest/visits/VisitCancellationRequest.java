package vn.vigil.web.rest.visits;

/** The body of a cancellation: why the visit is called off, and the version the caller read. */
public record VisitCancellationRequest(String reason, Long version) {}
