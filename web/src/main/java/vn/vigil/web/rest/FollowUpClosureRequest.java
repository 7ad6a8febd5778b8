package vn.vigil.web.rest;

/** Why a follow-up is closed without a new visit. */
public record FollowUpClosureRequest(String note) {}
