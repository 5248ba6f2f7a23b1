package ma.commune.portal.content.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import ma.commune.portal.content.entity.TitledContent;
import ma.commune.portal.shared.LocalizedText;

/** What every document form has (legal texts, reports): its identity, the version read, title and summary in both languages. */
public abstract class DocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    @Size(max = 500)
    private String titleAr;
    @Size(max = 500)
    private String titleFr;
    @Size(max = 3000)
    private String summaryAr;
    @Size(max = 3000)
    private String summaryFr;

    protected void read(TitledContent content) {
        id = content.getId();
        version = content.getVersion();
        titleAr = content.getTitle().getAr();
        titleFr = content.getTitle().getFr();
        summaryAr = content.getSummary().getAr();
        summaryFr = content.getSummary().getFr();
    }

    LocalizedText title() {
        return ContentForms.text(titleAr, titleFr);
    }

    LocalizedText summary() {
        return ContentForms.text(summaryAr, summaryFr);
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
}
