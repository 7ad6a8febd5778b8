package vn.vigil.core.api.staff;

import java.io.Serializable;
import vn.vigil.core.api.Role;

public record UserQuery(String text, Role role, Long departmentId) implements Serializable {}
