package vn.vigil.web.rest;

/** Where a checklist item moves to: 1 is first. */
public record ItemPositionRequest(Integer position) {}
