package vn.vigil.inspection.domain;

/** A person who goes on a visit and the department they represent there. */
public record Seat(long userId, long departmentId) {}
