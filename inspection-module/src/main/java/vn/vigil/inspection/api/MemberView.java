package vn.vigil.inspection.api;

import java.io.Serializable;

/** A person on a team or a visit, with the department they represent there. */
public record MemberView(long userId, String fullName, long departmentId, String departmentName)
        implements Serializable {}
