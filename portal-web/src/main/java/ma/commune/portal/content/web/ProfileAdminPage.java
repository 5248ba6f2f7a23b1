package ma.commune.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.boundary.CommuneProfileStore;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.content.boundary.ProfileForm;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.content.entity.KeyFigure;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.RowEditEvent;

/** The editors' page of the commune's profile: texts, contacts, arms, key figures and districts. */
@Named
@ViewScoped
public class ProfileAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CommuneProfileStore profiles;

    @EJB
    FileStore files;

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "profile.rule.nameInBothLanguages", "profile:languages:nameFr",
            "file.rule.notAnImage", "profile:arms",
            "file.rule.tooLarge", "profile:arms");

    private ProfileForm form;
    private List<KeyFigure> figures;
    private List<District> districts;

    @PostConstruct
    void init() {
        form = ProfileForm.of(profiles.profile());
        figures = profiles.keyFigures();
        districts = profiles.districts();
    }

    public void save() {
        try {
            form = ProfileForm.of(profiles.update(form));
            Messages.info("profile.saved");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
        }
    }

    public void uploadArms(FileUploadEvent event) {
        try {
            form.setArmsId(files.storeImage(event.getFile().getFileName(), event.getFile().getContent()).getId());
            Messages.info("file.uploaded");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
        }
    }

    public void saveFigure(RowEditEvent<KeyFigure> event) {
        try {
            profiles.save(event.getObject());
            Messages.info("profile.saved");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
        figures = profiles.keyFigures();
    }

    public void addFigure() {
        KeyFigure figure = new KeyFigure();
        figure.getLabel().setAr("رقم جديد");
        figure.getLabel().setFr("Nouveau chiffre");
        figure.setValue(java.math.BigDecimal.ZERO);
        figure.setPosition(figures.size() + 1);
        profiles.save(figure);
        figures = profiles.keyFigures();
    }

    public void deleteFigure(long id) {
        profiles.deleteKeyFigure(id);
        figures = profiles.keyFigures();
        Messages.info("profile.deleted");
    }

    public void saveDistrict(RowEditEvent<District> event) {
        try {
            profiles.save(event.getObject());
            Messages.info("profile.saved");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
        districts = profiles.districts();
    }

    public void addDistrict() {
        District district = new District();
        district.getName().setAr("حي جديد");
        district.getName().setFr("Nouveau quartier");
        district.setPosition(districts.size() + 1);
        profiles.save(district);
        districts = profiles.districts();
    }

    public void deleteDistrict(long id) {
        profiles.deleteDistrict(id);
        districts = profiles.districts();
        Messages.info("profile.deleted");
    }

    public ProfileForm getForm() {
        return form;
    }

    public List<KeyFigure> getFigures() {
        return figures;
    }

    public List<District> getDistricts() {
        return districts;
    }
}
