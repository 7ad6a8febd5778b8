package vn.vigil.inspection.api;

import java.util.Set;

/** A team's name, its lead (one of its members) and its members (staff ids). */
public record TeamCommand(String name, Long leadUserId, Set<Long> memberIds) {}
