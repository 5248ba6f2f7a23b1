package ma.commune.portal.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import ma.commune.portal.shared.web.Messages;

/** The back office's login and logout. A failed login says one generic thing, whatever the cause. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    ExternalContext externalContext;

    @Inject
    FacesContext facesContext;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    /** Where the visitor was going when the login was asked (only a back-office address is followed). */
    private String continueTo;

    public void login() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        // A new session id on login: a session id known before the login is worth nothing after it. The login
        // page keeps no session (issue 12), so there is one only when staff log in again from their session;
        // otherwise the session starts with the login itself (PortalAuthenticationMechanism), under a new id.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(username == null ? "" : username.trim().toLowerCase(),
                        password == null ? "" : password)));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> {
                if (!response.isCommitted()) {
                    // Only a back-office address of this portal is followed: never another site, never "..".
                    String target = continueTo != null && continueTo.matches("/admin/[A-Za-z0-9/_.-]*(\\?[A-Za-z0-9=&_.%-]*)?")
                            && !continueTo.contains("..") && !continueTo.contains("//") ? continueTo : "/admin/";
                    externalContext.redirect(externalContext.getRequestContextPath() + target);
                }
                facesContext.responseComplete();
            }
            default -> {
                password = null;
                Messages.error("login.failed");
                facesContext.validationFailed();
            }
        }
    }

    public void logout() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException alreadyOut) {
            // Nothing to end.
        }
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/?loggedOut=true");
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
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
