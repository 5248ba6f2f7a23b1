package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ma.commune.portal.content.boundary.EditorialWorkflow;
import ma.commune.portal.content.boundary.ServiceCatalogue;
import ma.commune.portal.content.entity.AdministrativeService;
import ma.commune.portal.content.entity.ServiceCategory;

/** {@code /admin/content/services}: the editors' list of services: filter by name, category and status, publish and withdraw. */
@Named
@ViewScoped
public class ServicesAdminPage extends PublishedContentAdminPage<AdministrativeService> {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceCatalogue catalogue;

    private List<ServiceCategory> categories;

    @Override
    protected EditorialWorkflow<AdministrativeService> service() {
        return catalogue;
    }

    @Override
    protected String messages() {
        return "service";
    }

    public List<ServiceCategory> getCategories() {
        if (categories == null) {
            categories = catalogue.categories();
        }
        return categories;
    }
}
