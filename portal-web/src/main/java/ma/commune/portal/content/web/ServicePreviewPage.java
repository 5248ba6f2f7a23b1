package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import ma.commune.portal.content.boundary.ServiceCatalogue;
import ma.commune.portal.content.entity.AdministrativeService;
import ma.commune.portal.shared.DomainRuleViolation;
import org.omnifaces.util.Faces;

/** Staff only ({@code /admin/content/service-preview?id=}): a service, draft or not, as residents would see it. */
@Named
@RequestScoped
public class ServicePreviewPage {

    @EJB
    ServiceCatalogue catalogue;

    private Long id;
    private AdministrativeService service;

    public void load() throws IOException {
        try {
            service = id == null ? null : catalogue.find(id);
        } catch (DomainRuleViolation notFound) {
            service = null;
        }
        if (service == null) {
            Faces.responseSendError(404, "");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AdministrativeService getService() {
        return service;
    }
}
