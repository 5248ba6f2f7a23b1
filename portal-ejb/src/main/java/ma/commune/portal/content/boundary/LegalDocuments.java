package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.SearchDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import ma.commune.portal.content.entity.LegalDocument;
import ma.commune.portal.content.entity.LegalDocumentType;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.QueryConditions;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The legal space: residents find published decisions, orders, bylaws and conventions by type and
 * year; editors write them, attach the signed PDF, publish and withdraw them.
 */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class LegalDocuments extends EditorialWorkflow<LegalDocument> {

    public static final String KIND = "legal";

    // ---- public

    @PermitAll
    public List<LegalDocument> published(LegalQuery query, int first, int max) {
        String order = switch (query.order()) {
            case OLDEST -> "d.date asc, d.id asc";
            // Numbers read "7/2025", "12/2025": shorter first keeps 7 before 12 within a year.
            case NUMBER -> "length(d.number) asc, d.number asc, d.id asc";
            case NEWEST -> "d.date desc, d.id desc";
        };
        TypedQuery<LegalDocument> select = em.createQuery("select d from LegalDocument d left join fetch d.pdf"
                + publicWhere(query) + " order by " + order, LegalDocument.class);
        bindPublic(select, query);
        return select.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(max, PageRequest.MAX_SIZE)).getResultList();
    }

    @PermitAll
    public long countPublished(LegalQuery query) {
        TypedQuery<Long> count = em.createQuery("select count(d) from LegalDocument d" + publicWhere(query), Long.class);
        bindPublic(count, query);
        return count.getSingleResult();
    }

    /** The years that have published texts, newest first, for the year filter. */
    @PermitAll
    public List<Integer> publishedYears() {
        Object[] range = em.createQuery("select min(d.date), max(d.date) from LegalDocument d where d.status = :published", Object[].class)
                .setParameter("published", PublicationStatus.PUBLISHED).getSingleResult();
        if (range[0] == null) {
            return List.of();
        }
        int from = ((LocalDate) range[0]).getYear();
        int to = ((LocalDate) range[1]).getYear();
        return IntStream.rangeClosed(from, to).map(year -> to - (year - from)).boxed().toList();
    }

    /** Published texts in id order after {@code afterId}, with their PDF, for the open-data file. */
    @PermitAll
    public List<LegalDocument> publishedAfter(long afterId, int max) {
        return em.createQuery("select d from LegalDocument d left join fetch d.pdf where d.status = :published and d.id > :after"
                        + " order by d.id", LegalDocument.class)
                .setParameter("published", PublicationStatus.PUBLISHED).setParameter("after", afterId)
                .setMaxResults(Math.min(max, PageRequest.MAX_SIZE)).getResultList();
    }

    // ---- back office

    @Override
    protected List<String> fileReferences() {
        return List.of("where e.pdf.id = :file", "join e.related r where r.file.id = :file");
    }

    @Override
    protected Map<String, String> sortableFields() {
        return Map.of("status", "e.status", "type", "e.type", "number", "e.number", "date", "e.date", "title", "e.title.ar");
    }

    @Override
    protected QueryConditions conditions(PageRequest page) {
        return super.conditions(page).add("e.type = :type", "type", page.filter("type", LegalDocumentType.class));
    }

    /** Any text, draft or published, for the editor's form and preview. */
    public LegalDocument findWithFiles(long id) {
        return find(id);
    }

    /** Creates or updates a text. It keeps its status: publishing is a separate, deliberate act. */
    public LegalDocument save(LegalForm form) {
        if (form.getType() == null) {
            throw new DomainRuleViolation("legal.rule.typeRequired");
        }
        if (form.title().isEmpty()) {
            throw new DomainRuleViolation("legal.rule.titleRequired");
        }
        LegalDocument document;
        Map<String, Object> before = null;
        if (form.getId() == null) {
            document = new LegalDocument(form.getType());
        } else {
            document = editable(form.getId(), form.getVersion());
            before = snapshot(document);
            document.setType(form.getType());
        }
        document.setNumber(ContentForms.trim(form.getNumber()));
        document.setDate(form.getDate());
        document.setTitle(form.title());
        document.setSummary(form.summary());
        document.setPdf(form.getPdfId() == null ? null : em.find(StoredFile.class, form.getPdfId()));
        document.setRelated(AttachmentLine.toDocuments(form.getRelated(), em));
        return store(document, before);
    }

    /** Saves and publishes in one transaction: if the text cannot be published, nothing is saved. */
    public LegalDocument saveAndPublish(LegalForm form) {
        return publishSaved(save(form));
    }

    @Override
    protected Class<LegalDocument> type() {
        return LegalDocument.class;
    }

    @Override
    protected String kind() {
        return KIND;
    }

    @Override
    protected Map<String, Object> snapshot(LegalDocument document) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", document.getType().name());
        state.put("number", document.getNumber());
        state.put("date", document.getDate() == null ? null : document.getDate().toString());
        state.put("titleAr", document.getTitle().getAr());
        state.put("titleFr", document.getTitle().getFr());
        state.put("summaryAr", document.getSummary().getAr());
        state.put("summaryFr", document.getSummary().getFr());
        state.put("pdfId", document.getPdf() == null ? null : document.getPdf().getId());
        state.put("related", AttachmentLine.snapshot(document.getRelated()));
        state.put("status", document.getStatus().name());
        return state;
    }

    @Override
    protected SearchDocument searchDocument(LegalDocument document) {
        String number = document.getNumber() == null ? "" : document.getNumber() + " ";
        LocalizedText text = LocalizedText.of(number + nullToEmpty(document.getSummary().getAr()),
                number + nullToEmpty(document.getSummary().getFr()));
        return new SearchDocument(KIND, document.getId(), "/legal/" + document.getId(), document.getTitle(), text,
                document.getDate() == null ? document.getPublishedAt() : document.getDate().atStartOfDay(CommuneTime.ZONE).toInstant());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    protected LegalDocument loaded(LegalDocument document) {
        // The page reads the files after this transaction: load them while it is open.
        if (document.getPdf() != null) {
            document.getPdf().getSize();
        }
        document.getRelated().forEach(related -> related.getFile().getSize());
        return document;
    }

    private static String publicWhere(LegalQuery query) {
        StringBuilder where = new StringBuilder(" where d.status = :published");
        if (query.type() != null) {
            where.append(" and d.type = :type");
        }
        if (query.year() != null) {
            where.append(" and d.date >= :from and d.date < :to");
        }
        return where.toString();
    }

    private static void bindPublic(TypedQuery<?> select, LegalQuery query) {
        select.setParameter("published", PublicationStatus.PUBLISHED);
        if (query.type() != null) {
            select.setParameter("type", query.type());
        }
        if (query.year() != null) {
            select.setParameter("from", LocalDate.of(query.year(), 1, 1));
            select.setParameter("to", LocalDate.of(query.year() + 1, 1, 1));
        }
    }
}
