package ma.commune.portal.spending.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A budget line opened for a fiscal year (GID, CREDITS). Written only by the nightly import, in plain
 * SQL (the import's writer); read here by the public pages. Code {@code chapter.article.paragraph.line}.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "fiscal_year", nullable = false, updatable = false, insertable = false)
    private int fiscalYear;

    @Column(nullable = false, updatable = false, insertable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, insertable = false)
    private BudgetSection section;

    @Column(updatable = false, insertable = false)
    private String chapter;

    @Column(updatable = false, insertable = false)
    private String article;

    @Column(updatable = false, insertable = false)
    private String paragraph;

    @Column(name = "line_no", updatable = false, insertable = false)
    private String lineNo;

    @Column(name = "label_fr", updatable = false, insertable = false)
    private String labelFr;

    @Column(name = "label_ar", updatable = false, insertable = false)
    private String labelAr;

    @Column(name = "credits_opened", updatable = false, insertable = false)
    private BigDecimal creditsOpened;

    @Column(name = "updated_at", updatable = false, insertable = false)
    private Instant updatedAt;

    protected BudgetLine() {
    }

    public Long getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getCode() {
        return code;
    }

    public BudgetSection getSection() {
        return section;
    }

    public String getChapter() {
        return chapter;
    }

    public String getArticle() {
        return article;
    }

    public String getParagraph() {
        return paragraph;
    }

    public String getLineNo() {
        return lineNo;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelAr() {
        return labelAr;
    }

    public BigDecimal getCreditsOpened() {
        return creditsOpened;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
