package ma.commune.portal.council.web;

import static ma.commune.portal.shared.Texts.blankToNull;

import java.io.Serializable;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.shared.LocalizedText;

/** An agenda item as the secretariat types it: a new one (no id) or one being edited. */
public class AgendaItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Integer number;
    private String titleAr;
    private String titleFr;
    private String summaryAr;
    private String summaryFr;

    /** A new item, numbered after the session's last one. */
    static AgendaItemForm next(CouncilSession session) {
        AgendaItemForm form = new AgendaItemForm();
        form.number = session.getItems().stream().mapToInt(AgendaItem::getNumber).max().orElse(0) + 1;
        return form;
    }

    static AgendaItemForm of(AgendaItem item) {
        AgendaItemForm form = new AgendaItemForm();
        form.id = item.getId();
        form.number = item.getNumber();
        form.titleAr = item.getTitle().getAr();
        form.titleFr = item.getTitle().getFr();
        form.summaryAr = item.getSummary().getAr();
        form.summaryFr = item.getSummary().getFr();
        return form;
    }

    LocalizedText title() {
        return LocalizedText.of(blankToNull(titleAr), blankToNull(titleFr));
    }

    LocalizedText summary() {
        return LocalizedText.of(blankToNull(summaryAr), blankToNull(summaryFr));
    }

    public Long getId() {
        return id;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
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
