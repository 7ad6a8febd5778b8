package vn.vigil.core.api.staff;

import java.util.List;
import java.util.Optional;

/** Member departments of the Steering Committee and the staff they hold. */
public interface DepartmentService {

    List<DepartmentView> list(boolean activeOnly);

    Optional<DepartmentView> find(long id);

    DepartmentView create(DepartmentCommand command);

    DepartmentView update(long id, long version, DepartmentCommand command);
}
