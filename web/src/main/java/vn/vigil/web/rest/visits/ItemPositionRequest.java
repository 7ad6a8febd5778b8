package vn.vigil.web.rest.visits;

/** Where a checklist item moves to: 1 is first. */
public record ItemPositionRequest(Integer position) {}
