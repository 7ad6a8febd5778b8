package vn.vigil.web.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.DepartmentService;
import vn.vigil.core.api.staff.DepartmentView;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.core.api.staff.UserQuery;
import vn.vigil.core.api.staff.UserView;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.UsersExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/** Administrators list staff accounts, create and change them, and reset passwords. */
@Named
@ViewScoped
public class UsersBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    UsersExport export;

    @Inject
    UserAdminService users;

    @Inject
    DepartmentService departments;

    private String text;
    private Role role;
    private Long departmentId;
    static final int ROWS = 20;

    private PagedModel<UserQuery, UserView> page;
    private List<DepartmentView> allDepartments;
    private UserForm form = UserForm.blank();
    private PasswordResetForm passwordReset;

    @PostConstruct
    void init() {
        allDepartments = departments.list(false);
        page = new PagedModel<>(() -> new UserQuery(text, role, departmentId), users::search, ROWS, UserView::id);
    }

    public void startCreate() {
        form = UserForm.blank();
    }

    public void startEdit(long userId) {
        users.find(userId)
                .ifPresentOrElse(
                        user -> form = UserForm.of(user),
                        () -> refuse("error.notFound", "UserAccount", String.valueOf(userId)));
    }

    public void save() {
        try {
            if (form.isCreating()) {
                create();
            } else {
                UserView saved = users.update(form.getId(), form.getVersion(), form.command());
                FacesMessages.info("users.updated", saved.username());
            }
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        } finally {
            form.forgetPasswords();
        }
    }

    private void create() {
        if (!form.passwordsMatch()) {
            refuse("users.passwordMismatch");
            return;
        }
        char[] password = form.takePassword();
        try {
            UserView created = users.create(form.command(), password);
            FacesMessages.info("users.created", created.username());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public void startPasswordReset(long userId) {
        passwordReset = null;
        users.find(userId)
                .ifPresentOrElse(
                        user -> passwordReset = new PasswordResetForm(user),
                        () -> refuse("error.notFound", "UserAccount", String.valueOf(userId)));
    }

    public void resetPassword() {
        if (!passwordReset.passwordsMatch()) {
            passwordReset.takePassword();
            refuse("users.passwordMismatch");
            return;
        }
        char[] password = passwordReset.takePassword();
        try {
            users.resetPassword(passwordReset.userId(), password);
            FacesMessages.info("users.passwordReset", passwordReset.getUsername());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static void refuse(String key, Object... args) {
        FacesMessages.error(key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The user's roles in the language of the page, in a fixed order. */
    public String roleLabels(UserView user) {
        return user.roles().stream()
                .sorted()
                .map(r -> FacesMessages.text("role." + r.name()))
                .collect(Collectors.joining(", "));
    }

    public String lastLogin(UserView user) {
        return VietnamTime.toMinute(user.lastLoginAt());
    }

    /** Active departments to choose from, plus the account's own even if it no longer takes part. */
    public List<DepartmentView> getDepartmentChoices() {
        return allDepartments.stream()
                .filter(d -> d.active() || Objects.equals(d.id(), form.getDepartmentId()))
                .toList();
    }

    public List<DepartmentView> getAllDepartments() {
        return allDepartments;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public PagedModel<UserQuery, UserView> getPage() {
        return page;
    }

    public UserForm getForm() {
        return form;
    }

    public PasswordResetForm getPasswordReset() {
        return passwordReset;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(new UserQuery(text, role, departmentId));
    }
}
