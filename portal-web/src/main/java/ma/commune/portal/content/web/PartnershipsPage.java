package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.boundary.Partnerships;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.PartnershipKind;
import ma.commune.portal.content.entity.PartnershipStage;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.web.PublicList;
import org.omnifaces.cdi.Param;

/**
 * {@code /partnerships?kind=&status=&page=}: the published partnerships, filtered and paged in the
 * database; {@code /partnerships/{id}}: one partnership with its convention and funded projects.
 */
@Named
@RequestScoped
public class PartnershipsPage {

    public static final int PAGE_SIZE = 12;

    @EJB
    Partnerships service;

    @Inject
    @Param(pathIndex = 0)
    String partnershipId;

    @Inject
    @Param(name = "kind")
    String kind;

    @Inject
    @Param(name = "status")
    String status;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private Partnership partnership;
    private List<Partnership> partnerships;
    private PublicList list;

    /** {@code f:viewAction}: loads what the address asks for, or answers 404. */
    public void load() throws IOException {
        if (partnershipId != null) {
            partnership = PublicList.itemOr404(partnershipId, service::findPublished);
            return;
        }
        list = new PublicList("/partnerships", pageParameter, PAGE_SIZE);
        PartnershipKind chosenKind = list.choice("kind", PartnershipKind.class, kind);
        PartnershipStage stage = list.choice("status", PartnershipStage.class, status);
        PageRequest request = new PageRequest(list.getFirst(), PAGE_SIZE,
                Map.of("kind", chosenKind == null ? "" : chosenKind.name(), "stage", stage == null ? "" : stage.name()), "signedOn", false);
        if (list.total(service.countPublished(request))) {
            partnerships = service.published(request);
        }
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public List<Partnership> getPartnerships() {
        return partnerships;
    }

    public PublicList getList() {
        return list;
    }

    public PartnershipKind[] getKinds() {
        return PartnershipKind.values();
    }

    public PartnershipStage[] getStages() {
        return PartnershipStage.values();
    }
}
