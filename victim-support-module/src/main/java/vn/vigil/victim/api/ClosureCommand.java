package vn.vigil.victim.api;

import java.time.LocalDate;

public record ClosureCommand(LocalDate closedOn, String reason) {}
