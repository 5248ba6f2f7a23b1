package ma.commune.portal.shared.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.SearchText;

/** A published item as search sees it: where it lives, its title and plain text, and their search forms. */
@Entity
@Table(name = "search_entry")
public class SearchEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 300)
    private String path;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "title_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))})
    private LocalizedText title = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "text_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "text_fr"))})
    private LocalizedText text = new LocalizedText();

    @Column(name = "title_words", nullable = false, length = 2000)
    private String titleWords;

    @Column(nullable = false)
    private String words;

    @Column(name = "item_date")
    private Instant date;

    protected SearchEntry() {
    }

    public SearchEntry(String kind, long itemId) {
        this.kind = kind;
        this.itemId = itemId;
    }

    /** Replaces what is indexed: the search forms cover both languages, so either finds the item. */
    public void index(String path, LocalizedText title, LocalizedText text, Instant date) {
        this.path = path;
        this.title = title;
        this.text = text;
        this.date = date;
        String titleForm = SearchText.indexForm(nonNull(title.getAr()) + " " + nonNull(title.getFr()));
        this.titleWords = titleForm.length() > 2000 ? titleForm.substring(0, 2000) : titleForm;
        this.words = SearchText.indexForm(nonNull(title.getAr()) + " " + nonNull(title.getFr()) + " "
                + nonNull(text.getAr()) + " " + nonNull(text.getFr()));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    public String getKind() {
        return kind;
    }

    public long getItemId() {
        return itemId;
    }

    public String getPath() {
        return path;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getText() {
        return text;
    }

    public String getTitleWords() {
        return titleWords;
    }

    public String getWords() {
        return words;
    }

    public Instant getDate() {
        return date;
    }
}
