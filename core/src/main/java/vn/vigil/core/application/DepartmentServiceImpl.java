package vn.vigil.core.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.DepartmentCommand;
import vn.vigil.core.api.staff.DepartmentService;
import vn.vigil.core.api.staff.DepartmentView;
import vn.vigil.core.domain.Department;
import vn.vigil.core.domain.DepartmentRepository;

@ApplicationScoped
@Transactional
@Guarded
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.FOCAL_POINT,
    Role.Names.STANDING_OFFICE
})
public class DepartmentServiceImpl implements DepartmentService {

    @Inject
    DepartmentRepository departments;

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentView> list(boolean activeOnly) {
        Map<Long, Long> staff = departments.staffCounts();
        return departments.list(activeOnly).stream().map(d -> view(d, staff)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DepartmentView> find(long id) {
        return departments.find(id).map(d -> view(d, departments.staffCounts()));
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public DepartmentView create(DepartmentCommand command) {
        requireCodeFree(command.code(), null);
        Department department = departments.add(new Department(command.code(), command.name(), command.kind()));
        department.describe(command.code(), command.name(), command.kind(), command.active());
        audit.record(AuditEvent.of("DEPARTMENT_CREATED", "Department", department.id(), department.code()));
        return view(department, Map.of());
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public DepartmentView update(long id, long version, DepartmentCommand command) {
        Department department = departments.find(id).orElseThrow(() -> new NotFoundException("Department", id));
        if (department.version() != version) {
            throw new ConflictException("Department");
        }
        requireCodeFree(command.code(), department);
        department.describe(command.code(), command.name(), command.kind(), command.active());
        audit.record(AuditEvent.of("DEPARTMENT_UPDATED", "Department", id, department.code()));
        return view(department, departments.staffCounts());
    }

    private void requireCodeFree(String code, Department self) {
        if (code == null) {
            return;
        }
        departments.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT)).ifPresent(other -> {
            if (self == null || !other.id().equals(self.id())) {
                throw new DomainException("department.codeTaken", code.strip());
            }
        });
    }

    private static DepartmentView view(Department d, Map<Long, Long> staff) {
        return new DepartmentView(
                d.id(), d.code(), d.name(), d.kind(), d.active(), staff.getOrDefault(d.id(), 0L), d.version());
    }
}
