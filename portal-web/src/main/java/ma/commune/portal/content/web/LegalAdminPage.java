package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ma.commune.portal.content.boundary.LegalDocuments;
import ma.commune.portal.content.boundary.EditorialWorkflow;
import ma.commune.portal.content.entity.LegalDocument;
import ma.commune.portal.content.entity.LegalDocumentType;

/** {@code /admin/content/legal}: the editors' list of legal texts. */
@Named
@ViewScoped
public class LegalAdminPage extends PublishedContentAdminPage<LegalDocument> {

    private static final long serialVersionUID = 1L;

    @EJB
    LegalDocuments legal;

    @Override
    protected EditorialWorkflow<LegalDocument> service() {
        return legal;
    }

    @Override
    protected String messages() {
        return "legal";
    }

    public LegalDocumentType[] getTypes() {
        return LegalDocumentType.values();
    }
}
