package ma.commune.portal.council.web;

import static ma.commune.portal.shared.Texts.blankToNull;

import java.io.Serializable;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.shared.LocalizedText;

/** The supporting document about to be attached: the item it supports and its label in both languages. */
public class AgendaDocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long itemId;
    private String labelAr;
    private String labelFr;

    /** The first item until the secretariat chooses another. */
    void chooseAnItemOf(CouncilSession session) {
        if (itemId == null && !session.getItems().isEmpty()) {
            itemId = session.getItems().get(0).getId();
        }
    }

    /** After an upload: the next document gets a label of its own. */
    void clearLabel() {
        labelAr = null;
        labelFr = null;
    }

    LocalizedText label() {
        return LocalizedText.of(blankToNull(labelAr), blankToNull(labelFr));
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public String getLabelAr() {
        return labelAr;
    }

    public void setLabelAr(String labelAr) {
        this.labelAr = labelAr;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }
}
