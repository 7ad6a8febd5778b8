package vn.vigil.web.ui;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.web.security.SignInThrottle;
import vn.vigil.web.security.VigilAuthenticationMechanism;

/** The sign-in form and sign-out. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    SessionUser sessionUser;

    @Inject
    LocaleBean localeBean;

    @Inject
    UserAdminService users;

    private String username;
    private String password;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String name = username == null ? "" : username.strip();
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                withParams()
                        .newAuthentication(true)
                        .credential(
                                new UsernamePasswordCredential(name, new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            if (request.getAttribute(VigilAuthenticationMechanism.CHECKS_BUSY) != null) {
                FacesMessages.error("login.busy");
                return null;
            }
            Object wait = request.getAttribute(VigilAuthenticationMechanism.THROTTLED_SECONDS);
            if (wait != null) {
                FacesMessages.error("login.throttled", wait);
                return null;
            }
            FacesMessages.error("login.failed");
            return null;
        }
        request.changeSessionId();
        request.getSession().setAttribute(VigilAuthenticationMechanism.SIGNED_IN, request.getRemoteUser());
        Object failed = request.getAttribute(VigilAuthenticationMechanism.FAILED_SINCE_LAST_SIGN_IN);
        users.findByUsername(request.getRemoteUser()).ifPresent(user -> {
            sessionUser.signedIn(
                    user.username(),
                    user.fullName(),
                    failed instanceof SignInThrottle.Failures failures ? failures : null);
            localeBean.use(user.preferredLocale());
        });
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
        faces.responseComplete();
        return null;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
