package ma.commune.portal.requests.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ma.commune.portal.requests.boundary.PersonalDataRights;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;

/**
 * The administrators' page of the residents' rights under law 09-08 ({@code /admin/requests/rights}): a
 * person's cases found by their email or phone, exported for them (JSON), a field corrected, a case
 * anonymised at their request. {@link PersonalDataRights} checks the role and audits each request.
 */
@Named
@ViewScoped
public class RightsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PersonalDataRights rights;

    private String contact;
    // The contact the cases shown were found by: the actions apply to that person, whatever is typed since.
    private String shownContact;
    private List<CitizenCase> cases = List.of();
    private String caseCode;
    private CitizenCase.PersonalField field;
    private String value;

    public void search() {
        try {
            cases = rights.cases(contact);
            shownContact = contact;
            if (cases.isEmpty()) {
                Messages.error("rights.none");
            }
        } catch (DomainRuleViolation refused) {
            cases = List.of();
            shownContact = null;
            Messages.fieldError("rights:contact", refused.messageKey());
            Faces.validationFailed();
        }
    }

    /** The person's cases as a JSON file to hand them. */
    public void export() throws IOException {
        try {
            Faces.sendFile(rights.export(shownContact), "personal-data.json", true);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void rectify() {
        act(() -> rights.rectify(shownContact, caseCode, field, value), "rights.rectified");
    }

    public void anonymise() {
        act(() -> rights.anonymise(shownContact, caseCode), "rights.anonymised");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
            value = null;
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
            return;
        }
        // The person's cases as they are now (a corrected email finds them under the new one only).
        try {
            cases = rights.cases(shownContact);
        } catch (DomainRuleViolation gone) {
            cases = List.of();
        }
    }

    public CitizenCase.PersonalField[] getFields() {
        return CitizenCase.PersonalField.values();
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public List<CitizenCase> getCases() {
        return cases;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public void setCaseCode(String caseCode) {
        this.caseCode = caseCode;
    }

    public CitizenCase.PersonalField getField() {
        return field;
    }

    public void setField(CitizenCase.PersonalField field) {
        this.field = field;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
