package vn.vigil.web.rest.victims;

import vn.vigil.victim.api.IdentityEntry;

/** The identity about to be received, checked against earlier cases before it is saved. */
public record PossibleDuplicatesRequest(IdentityEntry identity, Integer birthYear) {}
