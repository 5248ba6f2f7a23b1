package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.content.boundary.ServiceCatalogue;
import ma.commune.portal.content.boundary.ServiceForm;
import ma.commune.portal.content.entity.AdministrativeService;
import ma.commune.portal.content.entity.ServiceCategory;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/** Writing one service in both languages with its PDF forms; saving, previewing, publishing. */
@Named
@ViewScoped
public class ServiceEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The container's multipart limit for the Faces servlet (web.xml), below FileStore's 20 MB. */
    public static final long MAX_UPLOAD_BYTES = 6L * 1024 * 1024;

    /** Where each rule's message is shown: next to the field it is about. */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("service.rule.nameRequired", "service:languages:nameAr"),
            Map.entry("service.rule.nameInBothLanguages", "service:languages:nameFr"),
            Map.entry("service.rule.categoryRequired", "service:category"),
            Map.entry("service.rule.documentsInBothLanguages", "service:languages:documentsFr"),
            Map.entry("service.rule.feeRequired", "service:feeAmount"),
            Map.entry("service.rule.feeNegative", "service:feeAmount"),
            Map.entry("service.rule.officeInBothLanguages", "service:languages:officeFr"),
            Map.entry("service.rule.formLabelRequired", "service:forms"),
            Map.entry("file.rule.notAPdf", "service:upload"),
            Map.entry("file.rule.pdfTooLarge", "service:upload"),
            Map.entry("file.rule.empty", "service:upload"));

    @EJB
    ServiceCatalogue catalogue;

    @EJB
    FileStore files;

    private Long id;
    private ServiceForm form;
    private boolean published;
    private List<ServiceCategory> categories;

    /** {@code f:viewAction}: a new service, or the one of {@code ?id=}. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        categories = catalogue.categories();
        if (id == null) {
            form = new ServiceForm();
            return;
        }
        try {
            AdministrativeService service = catalogue.find(id);
            form = ServiceForm.of(service);
            published = service.isPublished();
        } catch (DomainRuleViolation notFound) {
            Faces.responseSendError(404, "");
        }
    }

    public String save() {
        return store(false, "/admin/content/services?faces-redirect=true");
    }

    public String saveAndPublish() {
        return store(true, "/admin/content/services?faces-redirect=true");
    }

    /** Saves the draft and shows it as residents would see it, before anyone publishes it. */
    public String saveAndPreview() {
        return store(false, null);
    }

    private String store(boolean publish, String next) {
        try {
            AdministrativeService saved = publish ? catalogue.saveAndPublish(form) : catalogue.save(form);
            Messages.info(publish ? "service.published" : "service.saved");
            Faces.getFlash().setKeepMessages(true);
            return next != null ? next : "/admin/content/service-preview?faces-redirect=true&id=" + saved.getId();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
            return null;
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            var file = files.storePdf(event.getFile().getFileName(), event.getFile().getContent());
            String label = file.getFileName().replaceFirst("\\.pdf$", "").replace('-', ' ').replace('_', ' ');
            form.getForms().add(new ServiceForm.Document(file.getId(), file.getFileName(), null, label));
            Messages.info("file.uploaded");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
        }
    }

    public void removeForm(ServiceForm.Document document) {
        form.getForms().remove(document);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ServiceForm getForm() {
        return form;
    }

    public boolean isPublished() {
        return published;
    }

    public List<ServiceCategory> getCategories() {
        return categories;
    }

    public long getMaxUploadBytes() {
        return MAX_UPLOAD_BYTES;
    }
}
