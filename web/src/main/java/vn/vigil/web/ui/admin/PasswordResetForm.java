package vn.vigil.web.ui.admin;

import java.io.Serializable;
import vn.vigil.core.api.staff.UserView;

/** The new password an administrator sets for someone, typed twice. */
public class PasswordResetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String fullName;
    private String password;
    private String passwordRepeat;

    PasswordResetForm(UserView user) {
        this.userId = user.id();
        this.username = user.username();
        this.fullName = user.fullName();
    }

    long userId() {
        return userId;
    }

    boolean passwordsMatch() {
        return password != null && password.equals(passwordRepeat);
    }

    /** Takes the typed password out of the form, so it is not kept in the session. */
    char[] takePassword() {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        passwordRepeat = null;
        return typed;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
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
