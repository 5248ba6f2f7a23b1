package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.content.boundary.ServiceCatalogue;
import ma.commune.portal.content.entity.AdministrativeService;
import ma.commune.portal.content.entity.ServiceCategory;
import ma.commune.portal.shared.boundary.ListQuery;
import ma.commune.portal.shared.web.PublicList;
import org.omnifaces.cdi.Param;

/**
 * {@code /services?category=slug}: the published services grouped by category, one category when the
 * query names one (filtered in the database); {@code /services/{id}}: one service. A draft, or an id
 * that does not exist, is a real 404; an unknown category is an empty list, never an error.
 */
@Named
@RequestScoped
public class ServicesPage {

    @EJB
    ServiceCatalogue catalogue;

    @Inject
    @Param(pathIndex = 0)
    String serviceId;

    @Inject
    @Param(name = "category")
    String categoryParameter;

    private AdministrativeService service;
    private List<ServiceCategory> categories;
    private List<Group> groups;

    /** The services of one category, in the catalogue's order. */
    public record Group(ServiceCategory category, List<AdministrativeService> services) {
        // Bean-style getters: Jakarta EL 5 (EE 10) does not read record components.
        public ServiceCategory getCategory() {
            return category;
        }

        public List<AdministrativeService> getServices() {
            return services;
        }
    }

    /** {@code f:viewAction}: loads what the URL asks for, or answers 404. */
    public void load() throws IOException {
        if (serviceId != null) {
            service = PublicList.itemOr404(serviceId, catalogue::findPublished);
            return;
        }
        groups = new ArrayList<>();
        for (AdministrativeService each : catalogue.published(getCategory())) {
            if (groups.isEmpty() || !groups.get(groups.size() - 1).category().getId().equals(each.getCategory().getId())) {
                groups.add(new Group(each.getCategory(), new ArrayList<>()));
            }
            groups.get(groups.size() - 1).services().add(each);
        }
    }

    /** The category of the query, when it is a well-formed slug in any case (anything else shows every service). */
    public String getCategory() {
        return ListQuery.slug(categoryParameter);
    }

    public List<ServiceCategory> getCategories() {
        if (categories == null) {
            categories = catalogue.categories();
        }
        return categories;
    }

    public AdministrativeService getService() {
        return service;
    }

    public List<Group> getGroups() {
        return groups;
    }

    /** The lines of a list written one item a line (the documents to bring). */
    public List<String> lines(String text) {
        return AdministrativeService.lines(text);
    }
}
