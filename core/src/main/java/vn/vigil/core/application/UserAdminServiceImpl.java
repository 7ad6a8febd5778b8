package vn.vigil.core.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.core.api.staff.UserCommand;
import vn.vigil.core.api.staff.UserQuery;
import vn.vigil.core.api.staff.UserView;
import vn.vigil.core.domain.Department;
import vn.vigil.core.domain.DepartmentRepository;
import vn.vigil.core.domain.PasswordHashing;
import vn.vigil.core.domain.PasswordPolicy;
import vn.vigil.core.domain.UserAccount;
import vn.vigil.core.domain.UserAccountRepository;

@ApplicationScoped
@Transactional
@Guarded
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminServiceImpl implements UserAdminService {

    @Inject
    UserAccountRepository users;

    @Inject
    DepartmentRepository departments;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserView> search(UserQuery query, PageRequest page) {
        List<UserAccount> rows = users.search(query, page);
        Map<Long, String> departmentNames = departmentNames();
        return new Page<>(
                rows.stream().map(u -> view(u, departmentNames)).toList(),
                users.count(query),
                page.page(),
                page.size());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserView> find(long id) {
        return users.find(id).map(u -> view(u, departmentNames()));
    }

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserView> findByUsername(String username) {
        if (!actor.hasRole(Role.ADMIN)
                && !actor.username().equals(username)
                && !CurrentActor.SYSTEM.equals(actor.username())) {
            throw new AccessDeniedException();
        }
        return users.findByUsername(username).map(u -> view(u, departmentNames()));
    }

    @Override
    public UserView create(UserCommand command, char[] initialPassword) {
        String username = UserAccount.normaliseUsername(command.username());
        if (users.findByUsername(username).isPresent()) {
            throw new DomainException("user.usernameTaken", username);
        }
        PasswordPolicy.check(username, initialPassword);
        UserAccount user = new UserAccount(username, command.fullName(), PasswordHashing.hash(initialPassword));
        apply(user, command);
        users.add(user);
        audit.record(AuditEvent.of("USER_CREATED", "UserAccount", user.id(), username + " " + user.roles()));
        return view(user, departmentNames());
    }

    @Override
    public UserView update(long id, long version, UserCommand command) {
        UserAccount user = users.find(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
        if (user.version() != version) {
            throw new ConflictException("UserAccount");
        }
        if (user.username().equals(actor.username())
                && (!command.enabled() || !command.roles().contains(Role.ADMIN))) {
            throw new DomainException("user.cannotDemoteSelf");
        }
        user.rename(command.fullName());
        apply(user, command);
        audit.record(AuditEvent.of(
                "USER_UPDATED",
                "UserAccount",
                id,
                user.username() + " " + user.roles() + " enabled=" + user.enabled()));
        return view(user, departmentNames());
    }

    private void apply(UserAccount user, UserCommand command) {
        Long departmentId = command.departmentId();
        if (departmentId != null) {
            departments.find(departmentId).orElseThrow(() -> new NotFoundException("Department", departmentId));
        }
        user.changeContact(command.email(), departmentId, command.preferredLocale());
        user.grantExactly(command.roles());
        user.enable(command.enabled());
    }

    @Override
    public void resetPassword(long id, char[] newPassword) {
        UserAccount user = users.find(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
        PasswordPolicy.check(user.username(), newPassword);
        user.changePasswordHash(PasswordHashing.hash(newPassword));
        audit.record(AuditEvent.of("PASSWORD_RESET", "UserAccount", id, user.username()));
    }

    @Override
    @PermitAll
    public void changeOwnPassword(String username, char[] currentPassword, char[] newPassword) {
        UserAccount user = own(username);
        if (!PasswordHashing.matches(currentPassword, user.passwordHash())) {
            throw new DomainException("password.currentWrong");
        }
        PasswordPolicy.check(user.username(), newPassword);
        user.changePasswordHash(PasswordHashing.hash(newPassword));
        audit.record(AuditEvent.of("PASSWORD_CHANGED", "UserAccount", user.id(), user.username()));
    }

    @Override
    @PermitAll
    public void changeOwnLocale(String username, String locale) {
        own(username).changeLocale(locale);
    }

    private UserAccount own(String username) {
        if (!actor.username().equals(username)) {
            throw new AccessDeniedException();
        }
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("UserAccount", username));
    }

    private Map<Long, String> departmentNames() {
        return departments.list(false).stream()
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
    }

    private static UserView view(UserAccount u, Map<Long, String> departmentNames) {
        return new UserView(
                u.id(),
                u.username(),
                u.fullName(),
                u.email(),
                u.departmentId(),
                u.departmentId() == null ? null : departmentNames.get(u.departmentId()),
                u.roles(),
                u.enabled(),
                u.failedLoginCount(),
                u.lastLoginAt(),
                u.preferredLocale(),
                u.version());
    }
}
