package ma.commune.portal.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.identity.entity.AuditEntry;
import ma.commune.portal.shared.web.PagedModel;

/** Administrators browse the audit log: who changed what, when, before and after. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditLog audit;

    private PagedModel<AuditEntry> entries;

    @PostConstruct
    void init() {
        AuditLog log = audit;
        entries = new PagedModel<>(page -> log.search(page), page -> log.count(page), e -> e.getId().toString());
    }

    public PagedModel<AuditEntry> getEntries() {
        return entries;
    }
}
