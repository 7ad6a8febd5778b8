package vn.vigil.inspection.domain;

/** A visit already on the calendar that holds a person ({@code userId}) or an establishment (userId 0). */
public record Booking(long visitId, long userId, VisitPeriod period) {}
