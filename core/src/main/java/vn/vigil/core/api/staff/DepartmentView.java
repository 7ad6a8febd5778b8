package vn.vigil.core.api.staff;

public record DepartmentView(
        long id, String code, String name, DepartmentKind kind, boolean active, long staffCount, long version) {}
