package ma.commune.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.entity.AdministrativeService;
import ma.commune.portal.content.entity.PublicationStatus;
import ma.commune.portal.content.entity.ServiceCategory;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.control.QueryConditions;
import ma.commune.portal.shared.entity.AttachedDocument;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The catalogue of the commune's administrative services. Residents see published services only;
 * editors write, publish and withdraw them on the windows' editorial workflow, every change audited.
 */
@Stateless
// Class-level roles cover only the methods a class declares: the base class carries its own.
@RolesAllowed({"EDITOR", "ADMIN"})
public class ServiceCatalogue extends EditorialWorkflow<AdministrativeService> {

    public static final String KIND = "service";

    @Override
    protected Class<AdministrativeService> type() {
        return AdministrativeService.class;
    }

    @Override
    protected String kind() {
        return KIND;
    }

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

    // ---- back office

    @Override
    protected String nameField() {
        return "name";
    }

    @Override
    protected List<String> fileReferences() {
        return List.of("join e.forms f where f.file.id = :file");
    }

    @Override
    protected Map<String, String> sortableFields() {
        return Map.of("status", "e.status", "name", "e.name.ar", "category", "e.category.position");
    }

    @Override
    protected QueryConditions conditions(PageRequest page) {
        return super.conditions(page).add("e.category.slug = :category", "category", page.filter("category"));
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
            service = editable(form.getId(), form.getVersion());
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
        return store(service, before);
    }

    /** Saves and publishes in one transaction: if the service cannot be published, nothing is saved. */
    public AdministrativeService saveAndPublish(ServiceForm form) {
        return publishSaved(save(form));
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
    @Override
    protected SearchDocument searchDocument(AdministrativeService service) {
        return new SearchDocument(KIND, service.getId(), "/services/" + service.getId(), service.getName(),
                IndexedText.of(service.getSummary(), service.getRequiredDocuments(), service.getOffice()),
                service.getPublishedAt());
    }

    @Override
    protected Map<String, Object> snapshot(AdministrativeService service) {
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
}
