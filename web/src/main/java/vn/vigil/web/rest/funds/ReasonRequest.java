package vn.vigil.web.rest.funds;

/** A step that needs only a reason: cancelling or withdrawing a support request. */
public record ReasonRequest(String reason) {}
