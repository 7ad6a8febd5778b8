package vn.vigil.web.ui.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.UserCommand;
import vn.vigil.core.api.staff.UserView;

/** What the account dialog edits: a new account (with its first password) or an existing one at a version. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String username;
    private String fullName;
    private String email;
    private Long departmentId;
    private Role[] roles = {};
    private boolean enabled = true;
    private String preferredLocale = "vi";
    private String password;
    private String passwordRepeat;

    static UserForm blank() {
        return new UserForm();
    }

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.id = user.id();
        form.version = user.version();
        form.username = user.username();
        form.fullName = user.fullName();
        form.email = user.email();
        form.departmentId = user.departmentId();
        form.roles = user.roles().stream().sorted().toArray(Role[]::new);
        form.enabled = user.enabled();
        form.preferredLocale = user.preferredLocale();
        return form;
    }

    UserCommand command() {
        Set<Role> chosen = roles == null ? Set.of() : Set.copyOf(Arrays.asList(roles));
        return new UserCommand(username, fullName, email, departmentId, chosen, enabled, preferredLocale);
    }

    boolean passwordsMatch() {
        return password != null && password.equals(passwordRepeat);
    }

    /** Takes the typed password out of the form, so it is not kept in the session. */
    char[] takePassword() {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        forgetPasswords();
        return typed;
    }

    void forgetPasswords() {
        password = null;
        passwordRepeat = null;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Role[] getRoles() {
        return roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
