package ma.commune.portal.content.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ma.commune.portal.shared.LocalizedText;

/** A heading of the news (council activities, works, culture and sport, ...), managed by editors. */
@Entity
@Table(name = "news_category")
public class NewsCategory extends Category {

    private static final long serialVersionUID = 1L;

    @Version
    private long version;

    protected NewsCategory() {
    }

    public NewsCategory(String slug, LocalizedText name, int position) {
        super(slug, name, position);
    }

    public long getVersion() {
        return version;
    }
}
