package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import ma.commune.portal.content.boundary.LegalDocuments;
import ma.commune.portal.content.boundary.Reports;
import ma.commune.portal.content.entity.LegalDocument;
import ma.commune.portal.content.entity.Report;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.ListQuery;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/content/legal-preview?id=} and {@code /admin/content/report-preview?id=}: a draft as
 * residents will see it once published, through the same page fragment as the public page; staff only.
 */
@Named
@RequestScoped
public class PreviewPage {

    @EJB
    LegalDocuments legal;

    @EJB
    Reports reports;

    @Inject
    @Param(name = "id")
    String idParameter;

    private LegalDocument legalDocument;
    private Report report;

    public void loadLegal() throws IOException {
        try {
            legalDocument = Optional.ofNullable(ListQuery.id(idParameter)).map(legal::findWithFiles).orElse(null);
        } catch (DomainRuleViolation notFound) {
            legalDocument = null;
        }
        if (legalDocument == null) {
            Faces.responseSendError(404, "");
        }
    }

    public void loadReport() throws IOException {
        try {
            report = Optional.ofNullable(ListQuery.id(idParameter)).map(reports::findWithFiles).orElse(null);
        } catch (DomainRuleViolation notFound) {
            report = null;
        }
        if (report == null) {
            Faces.responseSendError(404, "");
        }
    }

    public LegalDocument getLegal() {
        return legalDocument;
    }

    public Report getReport() {
        return report;
    }
}
