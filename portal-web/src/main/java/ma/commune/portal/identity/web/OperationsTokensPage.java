package ma.commune.portal.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ma.commune.portal.identity.boundary.OperationsTokens;
import ma.commune.portal.identity.entity.OperationsToken;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;

/**
 * The administrators' operations tokens ({@code /admin/identity/operations-tokens}): issue one to a
 * FINANCE or ADMIN account for the imports API (shown once, on this page, right after it is issued) and
 * revoke it. Administrators only: web.xml guards the page, {@link OperationsTokens} every call.
 */
@Named
@ViewScoped
public class OperationsTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OperationsTokens tokens;

    private PagedModel<OperationsToken> list;
    private List<String> operators;
    private String username;
    private String label;
    /** The token just issued, shown once; never kept beyond this view. */
    private String issuedToken;
    private String issuedTo;

    @PostConstruct
    void init() {
        OperationsTokens service = tokens;
        list = new PagedModel<>(page -> service.list(page.first(), page.size()), page -> service.count(), t -> t.getId().toString());
        operators = tokens.operators();
    }

    public void issue() {
        try {
            OperationsToken.Issued issued = tokens.issue(username, label);
            issuedToken = issued.token();
            issuedTo = issued.record().getUsername();
            label = null;
            Messages.info("imports.tokens.issued", issuedTo);
        } catch (DomainRuleViolation refused) {
            issuedToken = null;
            Messages.refused(refused, Map.of("imports.tokens.rule.accountNotAllowed", "tokens:account",
                    "imports.tokens.rule.labelRequired", "tokens:label", "imports.tokens.rule.labelTooLong", "tokens:label"));
        }
    }

    public void revoke(long id) {
        try {
            tokens.revoke(id);
            issuedToken = null;
            Messages.info("imports.tokens.revokedDone");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public PagedModel<OperationsToken> getList() {
        return list;
    }

    public List<String> getOperators() {
        return operators;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getIssuedTo() {
        return issuedTo;
    }
}
