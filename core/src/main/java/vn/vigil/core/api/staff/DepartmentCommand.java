package vn.vigil.core.api.staff;

public record DepartmentCommand(String code, String name, DepartmentKind kind, boolean active) {}
