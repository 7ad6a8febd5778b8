package vn.vigil.victim.api;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the identity-read log; each may be null. */
public record IdentityReadQuery(String reader, String caseCode, LocalDate from, LocalDate to) implements Serializable {}
