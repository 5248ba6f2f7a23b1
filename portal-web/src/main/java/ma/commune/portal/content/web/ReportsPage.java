package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.content.boundary.Reports;
import ma.commune.portal.content.entity.Report;
import ma.commune.portal.content.entity.ReportCategory;
import ma.commune.portal.shared.web.PublicList;
import org.omnifaces.cdi.Param;

/**
 * {@code /reports?category=AUDIT&year=2024&page=2}: the published reports, filtered and paged in the
 * database; {@code /reports/{id}}: one report with its documents. A draft or an unknown id is a real 404.
 */
@Named
@RequestScoped
public class ReportsPage {

    static final int PAGE_SIZE = 10;

    @EJB
    Reports reports;

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
    private List<Report> items;
    private PublicList list;
    private ReportCategory category;
    private Integer year;

    /** {@code f:viewAction}: loads what the URL asks for, or answers 404. */
    public void load() throws IOException {
        if (reportId != null) {
            report = PublicList.itemOr404(reportId, reports::findPublished);
            return;
        }
        list = new PublicList("/reports", pageParameter, PAGE_SIZE);
        category = list.choice("category", ReportCategory.class, categoryParameter);
        year = list.year("year", yearParameter);
        if (list.total(reports.countPublished(category, year))) {
            items = reports.published(category, year, list.getFirst(), PAGE_SIZE);
        }
    }

    public ReportCategory getCategory() {
        return category;
    }

    public Integer getYear() {
        return year;
    }

    public PublicList getList() {
        return list;
    }

    public Report getReport() {
        return report;
    }

    public List<Report> getReports() {
        return items;
    }

    public long getTotal() {
        return list == null ? 0 : list.getTotal();
    }

    public ReportCategory[] getCategories() {
        return ReportCategory.values();
    }

    public List<Integer> getYears() {
        return reports.publishedYears();
    }
}
