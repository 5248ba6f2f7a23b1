package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.content.boundary.ReportService;
import ma.commune.portal.content.entity.Report;
import ma.commune.portal.content.entity.ReportCategory;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /reports?category=AUDIT&year=2024&page=2}: the published reports, filtered and paged in the
 * database; {@code /reports/{id}}: one report with its documents. A draft or an unknown id is a real 404.
 */
@Named
@RequestScoped
public class ReportsPage {

    @EJB
    ReportService reports;

    @Inject
    @Param(pathIndex = 0)
    String reportId;

    @Inject
    @Param(name = "category")
    String categoryParameter;

    @Inject
    @Param(name = "year")
    String yearParameter;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private Report report;
    private List<Report> list;
    private long total;

    /** {@code f:viewAction}: loads what the URL asks for, or answers 404. */
    public void load() throws IOException {
        if (reportId != null) {
            report = ListPaging.id(reportId).flatMap(reports::findPublished).orElse(null);
            if (report == null) {
                Faces.responseSendError(404, "");
            }
            return;
        }
        total = reports.countPublished(getCategory(), getYear());
        if (getPage() > getPages()) {
            Faces.responseSendError(404, "");
            return;
        }
        list = reports.published(getCategory(), getYear(), ListPaging.first(getPage()), ListPaging.PAGE_SIZE);
    }

    public ReportCategory getCategory() {
        return ListPaging.constant(ReportCategory.class, categoryParameter);
    }

    public Integer getYear() {
        return ListPaging.number(yearParameter);
    }

    /** The query string of the current filters, for the pager's links. */
    public String getFilterQuery() {
        return (getCategory() == null ? "" : "category=" + getCategory() + "&") + (getYear() == null ? "" : "year=" + getYear() + "&");
    }

    public Report getReport() {
        return report;
    }

    public List<Report> getReports() {
        return list;
    }

    public long getTotal() {
        return total;
    }

    public ReportCategory[] getCategories() {
        return ReportCategory.values();
    }

    public List<Integer> getYears() {
        return reports.publishedYears();
    }

    public int getPage() {
        return ListPaging.page(pageParameter);
    }

    public int getPages() {
        return ListPaging.pages(total);
    }
}
