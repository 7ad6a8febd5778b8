package vn.vigil.web.rest.violations;

import java.time.LocalDate;

/** The criminal investigation body sent the file back: the day it came and why. */
public record PoliceReturnRequest(LocalDate returnedOn, String reason) {}
