package ma.commune.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.commune.portal.content.boundary.ServiceCatalogue;
import ma.commune.portal.content.entity.AdministrativeService;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.content.entity.ServiceCategory;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;

/** The editors' list of services: filter by name, category and status, publish and withdraw. */
@Named
@ViewScoped
public class ServicesAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceCatalogue catalogue;

    private PagedModel<AdministrativeService> services;
    private List<ServiceCategory> categories;

    @PostConstruct
    void init() {
        ServiceCatalogue bean = catalogue;
        services = new PagedModel<>(page -> bean.search(page), page -> bean.count(page), s -> s.getId().toString());
        categories = catalogue.categories();
    }

    public void publish(long id) {
        try {
            catalogue.publish(id);
            Messages.info("service.published");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void unpublish(long id) {
        try {
            catalogue.unpublish(id);
            Messages.info("service.unpublished");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public PagedModel<AdministrativeService> getServices() {
        return services;
    }

    public List<ServiceCategory> getCategories() {
        return categories;
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }
}
