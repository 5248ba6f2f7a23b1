package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Map;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.content.boundary.PartnershipForm;
import ma.commune.portal.content.boundary.Partnerships;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.PartnershipKind;
import ma.commune.portal.content.entity.PartnershipStage;
import org.primefaces.event.FileUploadEvent;

/** Writing one partnership: partner and subject in both languages, stage, dates, contributions, convention PDF. */
@Named
@ViewScoped
public class PartnershipEditPage extends PublishedContentEditor<Partnership, PartnershipForm> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("partnership.rule.partnerRequired", "partnership:languages:partnerAr"),
            Map.entry("partnership.rule.partnerInBothLanguages", "partnership:languages:partnerFr"),
            Map.entry("partnership.rule.subjectInBothLanguages", "partnership:languages:subjectFr"),
            Map.entry("partnership.rule.signedOnRequired", "partnership:signedOn"),
            Map.entry("partnership.rule.durationPositive", "partnership:durationMonths"),
            Map.entry("partnership.rule.conventionRequired", "partnership:convention"),
            Map.entry("partnership.rule.partyRequired", "partnership:contributions"),
            Map.entry("partnership.rule.amountNotNegative", "partnership:contributions"),
            Map.entry("file.rule.notAPdf", "partnership:convention"),
            Map.entry("file.rule.pdfTooLarge", "partnership:convention"),
            Map.entry("file.rule.empty", "partnership:convention"));

    @EJB
    Partnerships partnerships;

    @EJB
    FileStore files;

    @Override
    protected PartnershipForm newForm() {
        PartnershipForm form = new PartnershipForm();
        form.addContribution();
        return form;
    }

    @Override
    protected Partnership find(long id) {
        return partnerships.find(id);
    }

    @Override
    protected PartnershipForm formOf(Partnership item) {
        return PartnershipForm.of(item);
    }

    @Override
    protected Partnership save(PartnershipForm form, boolean publish) {
        return publish ? partnerships.saveAndPublish(form) : partnerships.save(form);
    }

    @Override
    protected String listPath() {
        return "/admin/content/partnerships";
    }

    @Override
    protected String previewPath() {
        return "/admin/content/partnership-preview";
    }

    @Override
    protected Map<String, String> fieldOfRule() {
        return FIELD_OF_RULE;
    }

    public void uploadConvention(FileUploadEvent event) {
        storeUpload(() -> getForm().setConventionId(files.storePdf(event.getFile().getFileName(), event.getFile().getContent()).getId()));
    }

    public void removeConvention() {
        getForm().setConventionId(null);
    }

    public void addContribution() {
        getForm().addContribution();
    }

    public void removeContribution(int index) {
        getForm().getContributions().remove(index);
    }

    public PartnershipKind[] getKinds() {
        return PartnershipKind.values();
    }

    public PartnershipStage[] getStages() {
        return PartnershipStage.values();
    }

    public long getMaxPdfBytes() {
        return FileStore.MAX_PDF_BYTES;
    }
}
