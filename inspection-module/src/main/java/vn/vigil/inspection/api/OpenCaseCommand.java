package vn.vigil.inspection.api;

import java.time.LocalDate;

/** A case opened by hand (a violation found outside a recorded visit); the establishment is optional. */
public record OpenCaseCommand(Long establishmentId, LocalDate detectedOn, String reason) {}
