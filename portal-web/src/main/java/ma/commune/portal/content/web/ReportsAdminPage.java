package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ma.commune.portal.content.boundary.EditorialWorkflow;
import ma.commune.portal.content.boundary.Reports;
import ma.commune.portal.content.entity.Report;
import ma.commune.portal.content.entity.ReportCategory;

/** {@code /admin/content/reports}: the editors' list of reports. */
@Named
@ViewScoped
public class ReportsAdminPage extends PublishedContentAdminPage<Report> {

    private static final long serialVersionUID = 1L;

    @EJB
    Reports reports;

    @Override
    protected EditorialWorkflow<Report> service() {
        return reports;
    }

    @Override
    protected String messages() {
        return "report";
    }

    public ReportCategory[] getCategories() {
        return ReportCategory.values();
    }
}
