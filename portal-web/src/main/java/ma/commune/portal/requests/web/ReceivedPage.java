package ma.commune.portal.requests.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.PublicCaseView;

/**
 * {@code /received?code=}: the confirmation after a resident's form, with the tracking code, the due date
 * and what happens next (the same public view as the tracking page; nothing personal). Without a code, a
 * generic thank-you (what a bot caught by the honeypot sees too).
 */
@Named
@RequestScoped
public class ReceivedPage {

    @EJB
    CaseEngine engine;

    private String code;
    private Optional<PublicCaseView> view;

    public PublicCaseView getCase() {
        if (view == null) {
            view = code == null || code.isBlank() ? Optional.empty() : engine.track(code);
        }
        return view.orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
        this.view = null;
    }
}
