package vn.vigil.web.rest.victims;

/** Why a referral is dismissed without opening a case. */
public record DismissalRequest(String reason) {}
