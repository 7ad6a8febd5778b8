package vn.vigil.core.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface DepartmentRepository {

    Optional<Department> find(long id);

    Optional<Department> findByCode(String code);

    List<Department> list(boolean activeOnly);

    /** Enabled staff per department id, in one query. */
    Map<Long, Long> staffCounts();

    Department add(Department department);
}
