package ma.commune.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces' CSP mode checks a nonce on every postback; its script adds it to the forms it drives.
 * A plain form that carries no PrimeFaces script (the public login page, kept light) posts it itself:
 * {@code <input type="hidden" name="primefaces.nonce" value="#{cspNonce.value}"/>}.
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
