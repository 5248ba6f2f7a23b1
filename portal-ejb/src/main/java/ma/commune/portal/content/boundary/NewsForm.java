package ma.commune.portal.content.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.LocalizedText;

/** What an editor writes for a news article; the body is rich text, sanitized when saved. */
public class NewsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @Size(max = 300)
    private String titleAr;
    @Size(max = 300)
    private String titleFr;
    @Size(max = 1000)
    private String summaryAr;
    @Size(max = 1000)
    private String summaryFr;
    private String bodyAr;
    private String bodyFr;
    /** The date shown as the publication date; empty means "when published". */
    private LocalDate publicationDate;
    private Long imageId;
    private Long categoryId;

    public static NewsForm of(NewsArticle article) {
        NewsForm form = new NewsForm();
        form.id = article.getId();
        form.version = article.getVersion();
        form.titleAr = article.getTitle().getAr();
        form.titleFr = article.getTitle().getFr();
        form.summaryAr = article.getSummary().getAr();
        form.summaryFr = article.getSummary().getFr();
        form.bodyAr = article.getBody().getAr();
        form.bodyFr = article.getBody().getFr();
        form.publicationDate = article.getPublishedAt() == null ? null
                : article.getPublishedAt().atZone(CommuneTime.ZONE).toLocalDate();
        form.imageId = article.getImage() == null ? null : article.getImage().getId();
        form.categoryId = article.getCategory() == null ? null : article.getCategory().getId();
        return form;
    }

    LocalizedText title() {
        return ContentForms.text(titleAr, titleFr);
    }

    LocalizedText summary() {
        return ContentForms.text(summaryAr, summaryFr);
    }

    java.time.Instant publicationInstant() {
        // A date chosen by the editor stands for 09:00 in Morocco that day.
        return publicationDate == null ? null
                : publicationDate.atTime(9, 0).atZone(CommuneTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toInstant();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String titleAr) {
        this.titleAr = titleAr;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getSummaryAr() {
        return summaryAr;
    }

    public void setSummaryAr(String summaryAr) {
        this.summaryAr = summaryAr;
    }

    public String getSummaryFr() {
        return summaryFr;
    }

    public void setSummaryFr(String summaryFr) {
        this.summaryFr = summaryFr;
    }

    public String getBodyAr() {
        return bodyAr;
    }

    public void setBodyAr(String bodyAr) {
        this.bodyAr = bodyAr;
    }

    public String getBodyFr() {
        return bodyFr;
    }

    public void setBodyFr(String bodyFr) {
        this.bodyFr = bodyFr;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    public Long getImageId() {
        return imageId;
    }

    public void setImageId(Long imageId) {
        this.imageId = imageId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }
}
