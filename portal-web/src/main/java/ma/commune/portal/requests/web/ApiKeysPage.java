package ma.commune.portal.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.commune.portal.requests.boundary.ApiKeys;
import ma.commune.portal.requests.entity.ApiKey;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;

/**
 * The administrators' Open311 API keys: issue one to a client application (the key is shown once, on this
 * page, right after it is issued) and revoke it. Administrators only: web.xml guards the page,
 * {@link ApiKeys} every call.
 */
@Named
@ViewScoped
public class ApiKeysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApiKeys keys;

    private PagedModel<ApiKey> list;
    private String clientName;
    /** The key just issued, shown once; never kept beyond this view. */
    private String issuedKey;
    private String issuedTo;

    @PostConstruct
    void init() {
        ApiKeys service = keys;
        list = new PagedModel<>(page -> service.list(page.first(), page.size()), page -> service.count(),
                k -> k.getId().toString());
    }

    public void issue() {
        try {
            ApiKey.Issued issued = keys.issue(clientName);
            issuedKey = issued.key();
            issuedTo = issued.record().getClientName();
            clientName = null;
            Messages.info("open311.keys.issued", issuedTo);
        } catch (DomainRuleViolation refused) {
            issuedKey = null;
            Messages.refused(refused, java.util.Map.of("open311.keys.rule.clientRequired", "keys:client",
                    "open311.keys.rule.clientTooLong", "keys:client"));
        }
    }

    public void revoke(long id) {
        try {
            keys.revoke(id);
            issuedKey = null;
            Messages.info("open311.keys.revokedDone");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public PagedModel<ApiKey> getList() {
        return list;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getIssuedTo() {
        return issuedTo;
    }
}
