package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.SearchDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.content.entity.Report;
import ma.commune.portal.content.entity.ReportCategory;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.QueryConditions;

/**
 * Reports on the commune's management: residents find published reports by category and year; editors
 * write them, upload their documents, publish and withdraw them.
 */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class Reports extends EditorialWorkflow<Report> {

    public static final String KIND = "report";

    // ---- public

    /** Published reports of a category and a year (either may be null), the latest year first. */
    @PermitAll
    public List<Report> published(ReportCategory category, Integer year, int first, int max) {
        TypedQuery<Report> select = em.createQuery("select r from Report r" + publicWhere(category, year)
                + " order by r.year desc, r.date desc, r.id desc", Report.class);
        bindPublic(select, category, year);
        return select.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(max, PageRequest.MAX_SIZE)).getResultList();
    }

    @PermitAll
    public long countPublished(ReportCategory category, Integer year) {
        TypedQuery<Long> count = em.createQuery("select count(r) from Report r" + publicWhere(category, year), Long.class);
        bindPublic(count, category, year);
        return count.getSingleResult();
    }

    @PermitAll
    public List<Integer> publishedYears() {
        return em.createQuery("select distinct r.year from Report r where r.status = :published order by r.year desc", Integer.class)
                .setParameter("published", PublicationStatus.PUBLISHED).getResultList();
    }

    // ---- back office

    @Override
    protected List<String> fileReferences() {
        return List.of("join e.documents d where d.file.id = :file");
    }

    @Override
    protected Map<String, String> sortableFields() {
        return Map.of("status", "e.status", "category", "e.category", "year", "e.year", "title", "e.title.ar");
    }

    @Override
    protected QueryConditions conditions(PageRequest page) {
        return super.conditions(page).add("e.category = :category", "category", page.filter("category", ReportCategory.class));
    }

    public Report findWithFiles(long id) {
        return find(id);
    }

    /** Creates or updates a report. It keeps its status: publishing is a separate, deliberate act. */
    public Report save(ReportForm form) {
        if (form.getCategory() == null || form.getYear() == null || form.getYear() < 2000 || form.getYear() > 2100) {
            throw new DomainRuleViolation("report.rule.categoryAndYearRequired");
        }
        if (form.title().isEmpty()) {
            throw new DomainRuleViolation("report.rule.titleRequired");
        }
        Report report;
        Map<String, Object> before = null;
        if (form.getId() == null) {
            report = new Report(form.getCategory(), form.getYear());
        } else {
            report = editable(form.getId(), form.getVersion());
            before = snapshot(report);
            report.setCategory(form.getCategory());
            report.setYear(form.getYear());
        }
        report.setDate(form.getDate());
        report.setTitle(form.title());
        report.setSummary(form.summary());
        report.setDocuments(AttachmentLine.toDocuments(form.getDocuments(), em));
        return store(report, before);
    }

    public Report saveAndPublish(ReportForm form) {
        return publishSaved(save(form));
    }

    @Override
    protected Class<Report> type() {
        return Report.class;
    }

    @Override
    protected String kind() {
        return KIND;
    }

    @Override
    protected Map<String, Object> snapshot(Report report) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("category", report.getCategory().name());
        state.put("year", report.getYear());
        state.put("date", report.getDate() == null ? null : report.getDate().toString());
        state.put("titleAr", report.getTitle().getAr());
        state.put("titleFr", report.getTitle().getFr());
        state.put("summaryAr", report.getSummary().getAr());
        state.put("summaryFr", report.getSummary().getFr());
        state.put("documents", AttachmentLine.snapshot(report.getDocuments()));
        state.put("status", report.getStatus().name());
        return state;
    }

    @Override
    protected SearchDocument searchDocument(Report report) {
        return new SearchDocument(KIND, report.getId(), "/reports/" + report.getId(), report.getTitle(), report.getSummary(),
                report.getDate() == null ? report.getPublishedAt() : report.getDate().atStartOfDay(CommuneTime.ZONE).toInstant());
    }

    @Override
    protected Report loaded(Report report) {
        report.getDocuments().forEach(document -> document.getFile().getSize());
        return report;
    }

    private static String publicWhere(ReportCategory category, Integer year) {
        return " where r.status = :published" + (category == null ? "" : " and r.category = :category")
                + (year == null ? "" : " and r.year = :year");
    }

    private static void bindPublic(TypedQuery<?> select, ReportCategory category, Integer year) {
        select.setParameter("published", PublicationStatus.PUBLISHED);
        if (category != null) {
            select.setParameter("category", category);
        }
        if (year != null) {
            select.setParameter("year", year);
        }
    }
}
