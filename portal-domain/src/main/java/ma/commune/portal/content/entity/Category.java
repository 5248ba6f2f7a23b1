package ma.commune.portal.content.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.Locale;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/**
 * A heading under which a window files its items (news, services). Its slug names it in public
 * addresses ({@code /news?category=travaux}), so it is plain lowercase Latin; residents read its
 * name in both languages. Tables: {@code id, slug, name_ar, name_fr, position}.
 */
@MappedSuperclass
public abstract class Category implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String slug;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "name_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))})
    private LocalizedText name = new LocalizedText();

    @Column(nullable = false)
    private int position;

    protected Category() {
    }

    protected Category(String slug, LocalizedText name, int position) {
        change(slug, name, position);
    }

    /** Renames or moves the category, refused unless the slug is clean and the name bilingual. */
    public final void change(String slug, LocalizedText name, int position) {
        String cleanSlug = slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
        if (!cleanSlug.matches(SLUG) || cleanSlug.length() > 60) {
            throw new DomainRuleViolation("newsCategory.rule.slug");
        }
        if (name == null || !name.isComplete()) {
            throw new DomainRuleViolation("newsCategory.rule.nameInBothLanguages");
        }
        this.slug = cleanSlug;
        this.name = LocalizedText.of(name.getAr().trim(), name.getFr().trim());
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public LocalizedText getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
