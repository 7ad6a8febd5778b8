package vn.vigil.web.rest.visits;

/** Why a follow-up is closed without a new visit. */
public record FollowUpClosureRequest(String note) {}
