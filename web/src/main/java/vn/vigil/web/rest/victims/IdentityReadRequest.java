package vn.vigil.web.rest.victims;

import vn.vigil.victim.api.RevealPurpose;

/** Why the caller reads a person's identity; OTHER needs a note. */
public record IdentityReadRequest(RevealPurpose purpose, String note) {}
