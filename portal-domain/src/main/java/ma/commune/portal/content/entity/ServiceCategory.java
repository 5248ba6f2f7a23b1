package ma.commune.portal.content.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ma.commune.portal.shared.LocalizedText;

/**
 * A group of the services catalogue (civil status, signature legalization, urbanism single window,
 * ...): reference data seeded per commune.
 */
@Entity
@Table(name = "service_category")
public class ServiceCategory extends Category {

    private static final long serialVersionUID = 1L;

    protected ServiceCategory() {
    }

    public ServiceCategory(String slug, LocalizedText name, int position) {
        super(slug, name, position);
    }
}
