package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.Publication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.commune.portal.content.entity.AdministrativeService;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.content.entity.ServiceCategory;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.entity.AttachedDocument;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The catalogue of the commune's administrative services. Residents see published services only;
 * editors write, publish and withdraw them, every change audited and handed to {@link Publication}.
 */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class ServiceCatalogue {

    public static final String KIND = "service";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Publication publication;

    // ---- public

    @PermitAll
    public List<ServiceCategory> categories() {
        return em.createQuery("select c from ServiceCategory c order by c.position, c.id", ServiceCategory.class).getResultList();
    }

    /**
     * The published services, in the order of their groups, of one group when {@code categorySlug}
     * names one. The catalogue of a commune is a few dozen services: one query, no paging.
     */
    @PermitAll
    public List<AdministrativeService> published(String categorySlug) {
        TypedQuery<AdministrativeService> query = em.createQuery("select s from AdministrativeService s join s.category c"
                + " where s.status = :published" + (categorySlug == null ? "" : " and c.slug = :slug")
                + " order by c.position, s.position, s.id", AdministrativeService.class)
                .setParameter("published", PublicationStatus.PUBLISHED);
        if (categorySlug != null) {
            query.setParameter("slug", categorySlug);
        }
        return query.setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    @PermitAll
    public Optional<AdministrativeService> findPublished(long id) {
        return em.createQuery("select s from AdministrativeService s where s.id = :id and s.status = :published",
                        AdministrativeService.class)
                .setParameter("id", id).setParameter("published", PublicationStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    // ---- back office

    public List<AdministrativeService> search(PageRequest page) {
        String order = switch (page.sortField() == null ? "" : page.sortField()) {
            case "status" -> "s.status";
            case "name" -> "s.name.ar";
            case "category" -> "s.category.position";
            default -> "s.updatedAt";
        };
        boolean ascending = page.sortField() != null && page.ascending();
        TypedQuery<AdministrativeService> query = em.createQuery("select s from AdministrativeService s" + where(page)
                + " order by " + order + (ascending ? " asc" : " desc") + ", s.id desc", AdministrativeService.class);
        bind(query, page);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(PageRequest page) {
        TypedQuery<Long> query = em.createQuery("select count(s) from AdministrativeService s" + where(page), Long.class);
        bind(query, page);
        return query.getSingleResult();
    }

    public AdministrativeService find(long id) {
        AdministrativeService service = em.find(AdministrativeService.class, id);
        if (service == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        return service;
    }

    /** Creates or updates a service. It keeps its status: publishing is a separate, deliberate act. */
    public AdministrativeService save(ServiceForm form) {
        LocalizedText name = ServiceForm.text(form.getNameAr(), form.getNameFr());
        if (name.isEmpty()) {
            throw new DomainRuleViolation("service.rule.nameRequired");
        }
        AdministrativeService service;
        Map<String, Object> before = null;
        if (form.getId() == null) {
            service = new AdministrativeService();
        } else {
            service = find(form.getId());
            if (service.getVersion() != form.getVersion()) {
                // Someone else saved it meanwhile: never overwrite their work silently.
                throw new DomainRuleViolation("error.concurrentChange");
            }
            before = snapshot(service);
        }
        service.setCategory(form.getCategoryId() == null ? null : em.find(ServiceCategory.class, form.getCategoryId()));
        service.setName(name);
        service.setSummary(ServiceForm.text(form.getSummaryAr(), form.getSummaryFr()));
        service.setRequiredDocuments(ServiceForm.text(form.getDocumentsAr(), form.getDocumentsFr()));
        service.setFee(form.getFeeAmount(), ServiceForm.text(form.getFeeNoteAr(), form.getFeeNoteFr()));
        service.setDelay(ServiceForm.text(form.getDelayAr(), form.getDelayFr()));
        service.setOffice(ServiceForm.text(form.getOfficeAr(), form.getOfficeFr()));
        service.setHours(ServiceForm.text(form.getHoursAr(), form.getHoursFr()));
        service.setPosition(form.getPosition());
        service.replaceForms(documents(form));
        service.edited(Instant.now());
        if (service.getId() == null) {
            em.persist(service);
        }
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        audit.record(before == null ? "create" : "update", "AdministrativeService", service.getId(), before, snapshot(service));
        if (service.isPublished()) {
            publication.published(document(service));
        }
        return service;
    }

    /** Saves and publishes in one transaction: if the service cannot be published, nothing is saved. */
    public AdministrativeService saveAndPublish(ServiceForm form) {
        AdministrativeService service = save(form);
        return service.isPublished() ? service : publish(service.getId());
    }

    public AdministrativeService publish(long id) {
        AdministrativeService service = find(id);
        Map<String, Object> before = snapshot(service);
        service.publish(Instant.now());
        audit.record("publish", "AdministrativeService", id, before, snapshot(service));
        publication.published(document(service));
        return service;
    }

    public AdministrativeService unpublish(long id) {
        AdministrativeService service = find(id);
        Map<String, Object> before = snapshot(service);
        service.unpublish(Instant.now());
        audit.record("unpublish", "AdministrativeService", id, before, snapshot(service));
        publication.withdrawn(KIND, id);
        return service;
    }

    /** The forms of the editor's list, each an uploaded PDF with a label in at least one language. */
    private List<AttachedDocument> documents(ServiceForm form) {
        List<AttachedDocument> documents = new ArrayList<>();
        for (ServiceForm.Document document : form.getForms()) {
            StoredFile file = document.getFileId() == null ? null : em.find(StoredFile.class, document.getFileId());
            if (file == null || !"application/pdf".equals(file.getContentType())) {
                throw new DomainRuleViolation("file.rule.notAPdf");
            }
            LocalizedText label = ServiceForm.text(document.getLabelAr(), document.getLabelFr());
            if (label.isEmpty()) {
                throw new DomainRuleViolation("service.rule.formLabelRequired");
            }
            documents.add(new AttachedDocument(file, label, documents.size() + 1));
        }
        return documents;
    }

    /** A published service as the search index reads it. */
    static SearchDocument document(AdministrativeService service) {
        return new SearchDocument(KIND, service.getId(), "/services/" + service.getId(), service.getName(),
                IndexedText.of(service.getSummary(), service.getRequiredDocuments(), service.getOffice()),
                service.getPublishedAt());
    }

    static Map<String, Object> snapshot(AdministrativeService service) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("category", service.getCategory() == null ? null : service.getCategory().getSlug());
        state.put("nameAr", service.getName().getAr());
        state.put("nameFr", service.getName().getFr());
        state.put("summaryAr", service.getSummary().getAr());
        state.put("summaryFr", service.getSummary().getFr());
        state.put("documentsAr", service.getRequiredDocuments().getAr());
        state.put("documentsFr", service.getRequiredDocuments().getFr());
        state.put("feeAmount", service.getFeeAmount() == null ? null : service.getFeeAmount().toPlainString());
        state.put("feeNoteAr", service.getFeeNote().getAr());
        state.put("feeNoteFr", service.getFeeNote().getFr());
        state.put("delayAr", service.getDelay().getAr());
        state.put("delayFr", service.getDelay().getFr());
        state.put("officeAr", service.getOffice().getAr());
        state.put("officeFr", service.getOffice().getFr());
        state.put("hoursAr", service.getHours().getAr());
        state.put("hoursFr", service.getHours().getFr());
        state.put("position", service.getPosition());
        state.put("forms", service.getForms().stream().map(f -> f.getFile().getId()).toList());
        state.put("status", service.getStatus().name());
        state.put("publishedAt", service.getPublishedAt() == null ? null : service.getPublishedAt().toString());
        return state;
    }

    private static String where(PageRequest page) {
        List<String> clauses = new ArrayList<>();
        if (page.filter("name") != null) {
            clauses.add("(lower(s.name.ar) like :name or lower(s.name.fr) like :name)");
        }
        if (page.filter("status") != null) {
            clauses.add("s.status = :status");
        }
        if (page.filter("category") != null) {
            clauses.add("s.category.slug = :category");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> query, PageRequest page) {
        if (page.filter("name") != null) {
            query.setParameter("name", "%" + page.filter("name").toLowerCase() + "%");
        }
        if (page.filter("status") != null) {
            query.setParameter("status", PublicationStatus.valueOf(page.filter("status")));
        }
        if (page.filter("category") != null) {
            query.setParameter("category", page.filter("category"));
        }
    }
}
