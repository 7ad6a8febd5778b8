package vn.vigil.core.api.staff;

import java.io.Serializable;

public record DepartmentView(
        long id, String code, String name, DepartmentKind kind, boolean active, long staffCount, long version)
        implements Serializable {}
