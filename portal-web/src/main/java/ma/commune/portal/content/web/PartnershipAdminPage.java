package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ma.commune.portal.content.boundary.Partnerships;
import ma.commune.portal.content.boundary.EditorialWorkflow;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.PartnershipKind;
import ma.commune.portal.content.entity.PartnershipStage;

/** The editors' list of partnerships: filter by partner, kind, stage and publication; publish, withdraw. */
@Named
@ViewScoped
public class PartnershipAdminPage extends PublishedContentAdminPage<Partnership> {

    private static final long serialVersionUID = 1L;

    @EJB
    Partnerships partnerships;

    @Override
    protected String messages() {
        return "content";
    }

    @Override
    protected EditorialWorkflow<Partnership> service() {
        return partnerships;
    }

    public PartnershipKind[] getKinds() {
        return PartnershipKind.values();
    }

    public PartnershipStage[] getStages() {
        return PartnershipStage.values();
    }
}
