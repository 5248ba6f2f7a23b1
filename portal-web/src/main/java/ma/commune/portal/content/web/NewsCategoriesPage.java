package ma.commune.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.boundary.NewsCategories;
import ma.commune.portal.content.entity.NewsCategory;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.Messages;

/** The editors' page of news categories: a short list, a form to add one or rename one. */
@Named
@ViewScoped
public class NewsCategoriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "newsCategory.rule.slug", "category:slug",
            "newsCategory.rule.slugTaken", "category:slug",
            "newsCategory.rule.nameInBothLanguages", "category:nameFr");

    @EJB
    NewsCategories categories;

    private List<NewsCategory> all;
    private Long id;
    private long version;
    private String slug;
    private String nameAr;
    private String nameFr;
    private int position;

    @PostConstruct
    void init() {
        all = categories.all();
    }

    public void edit(NewsCategory category) {
        id = category.getId();
        version = category.getVersion();
        slug = category.getSlug();
        nameAr = category.getName().getAr();
        nameFr = category.getName().getFr();
        position = category.getPosition();
    }

    public void clear() {
        id = null;
        version = 0;
        slug = null;
        nameAr = null;
        nameFr = null;
        position = all.size() + 1;
    }

    public void save() {
        try {
            categories.save(id, version, slug, LocalizedText.of(nameAr, nameFr), position);
            Messages.info("newsCategory.saved");
            all = categories.all();
            clear();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
        }
    }

    public void delete(long categoryId) {
        try {
            categories.delete(categoryId);
            Messages.info("newsCategory.deleted");
            all = categories.all();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public List<NewsCategory> getAll() {
        return all;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
