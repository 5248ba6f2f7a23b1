package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.boundary.ServiceCatalogue;
import ma.commune.portal.content.boundary.ServiceForm;
import ma.commune.portal.content.entity.AdministrativeService;
import ma.commune.portal.content.entity.ServiceCategory;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.shared.entity.StoredFile;
import org.primefaces.event.FileUploadEvent;

/** Writing one service in both languages with its PDF forms; saving, previewing, publishing. */
@Named
@ViewScoped
public class ServiceEditPage extends PublishedContentEditor<AdministrativeService, ServiceForm> {

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

    private List<ServiceCategory> categories;

    @Override
    protected ServiceForm newForm() {
        return new ServiceForm();
    }

    @Override
    protected AdministrativeService find(long id) {
        return catalogue.find(id);
    }

    @Override
    protected ServiceForm formOf(AdministrativeService service) {
        return ServiceForm.of(service);
    }

    @Override
    protected AdministrativeService save(ServiceForm form, boolean publish) {
        return publish ? catalogue.saveAndPublish(form) : catalogue.save(form);
    }

    @Override
    protected String listPath() {
        return "/admin/content/services";
    }

    @Override
    protected String previewPath() {
        return "/admin/content/service-preview";
    }

    @Override
    protected String messages() {
        return "service";
    }

    @Override
    protected Map<String, String> fieldOfRule() {
        return FIELD_OF_RULE;
    }

    /** A form's PDF, labelled after its file name until the editor writes the labels. */
    public void upload(FileUploadEvent event) {
        storeUpload(() -> {
            StoredFile file = files.storePdf(event.getFile().getFileName(), event.getFile().getContent());
            String label = file.getFileName().replaceFirst("\\.pdf$", "").replace('-', ' ').replace('_', ' ');
            getForm().getForms().add(new ServiceForm.Document(file.getId(), file.getFileName(), null, label));
        });
    }

    public void removeForm(ServiceForm.Document document) {
        getForm().getForms().remove(document);
    }

    public List<ServiceCategory> getCategories() {
        if (categories == null) {
            categories = catalogue.categories();
        }
        return categories;
    }

    public long getMaxUploadBytes() {
        return MAX_UPLOAD_BYTES;
    }
}
