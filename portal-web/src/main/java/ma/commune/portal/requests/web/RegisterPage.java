package ma.commune.portal.requests.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.CaseForm;
import ma.commune.portal.requests.boundary.CaseInbox;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.web.Messages;

/**
 * Staff register a case that reached the commune by phone, at the counter or by letter, on the resident's
 * behalf: with the day and hour the resident contacted the commune (the legal clock starts then, never in
 * the future), the consent the resident gave, and a national ID for information requests only. Then they
 * print the receipt, in the resident's language, with the tracking code.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "requests.rule.categoryRequired", "register:category",
            "requests.rule.descriptionRequired", "register:description",
            "requests.rule.descriptionTooLong", "register:description",
            "requests.rule.consentRequired", "register:consent",
            "requests.rule.receivedInFuture", "register:receivedAt",
            "requests.rule.nationalIdOnlyForInformation", "register:nationalId",
            "requests.rule.urgentOnlyForInformation", "register:urgent",
            "outbox.rule.invalidEmail", "register:email",
            "outbox.rule.invalidPhone", "register:phone");

    @EJB
    CaseEngine engine;

    @EJB
    CaseInbox inbox;

    private CaseKind kind = CaseKind.REPORT;
    private CaseChannel channel = CaseChannel.PHONE;
    private String categoryCode;
    private Language language = Language.AR;
    private String description;
    private String name;
    private String email;
    private String phone;
    private String nationalId;
    private String address;
    private boolean consent;
    private boolean urgent;
    private LocalDateTime receivedAt = LocalDateTime.now(CommuneTime.ZONE).withSecond(0).withNano(0);
    private CaseEngine.Receipt receipt;
    private List<RequestCategory> categories;

    public void register() {
        Instant received = receivedAt == null ? null : receivedAt.atZone(CommuneTime.ZONE).toInstant();
        if (received == null) {
            Messages.fieldError("register:receivedAt", "requests.inbox.register.receivedRequired");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        CaseForm form = new CaseForm(kind, channel, kind == CaseKind.REPORT ? categoryCode : null, language, description,
                new CitizenCase.Requester(name, email, phone, nationalId),
                new CitizenCase.Location(null, null, null, address), consent, kind == CaseKind.INFORMATION && urgent, received);
        try {
            receipt = engine.register(form);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
            return;
        }
        Messages.info("requests.inbox.register.done", receipt.trackingCode());
    }

    /** Clears the form for the next resident. */
    public void another() {
        receipt = null;
        description = null;
        name = null;
        email = null;
        phone = null;
        nationalId = null;
        address = null;
        consent = false;
        urgent = false;
        receivedAt = LocalDateTime.now(CommuneTime.ZONE).withSecond(0).withNano(0);
    }

    public List<CaseKind> getKinds() {
        return List.of(CaseKind.values());
    }

    public List<CaseChannel> getChannels() {
        return List.of(CaseChannel.PHONE, CaseChannel.COUNTER, CaseChannel.LETTER);
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<RequestCategory> getCategories() {
        if (categories == null) {
            categories = inbox.categories();
        }
        return categories;
    }

    /** The latest moment the receipt date may take: now, in Morocco. */
    public LocalDateTime getNow() {
        return LocalDateTime.now(CommuneTime.ZONE);
    }

    public CaseKind getKind() {
        return kind;
    }

    public void setKind(CaseKind kind) {
        this.kind = kind;
    }

    public CaseChannel getChannel() {
        return channel;
    }

    public void setChannel(CaseChannel channel) {
        this.channel = channel;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public CaseEngine.Receipt getReceipt() {
        return receipt;
    }

    /** EL reads no record: the receipt's parts for the page. */
    public String getReceiptCode() {
        return receipt == null ? null : receipt.trackingCode();
    }

    public Instant getReceiptDue() {
        return receipt == null ? null : receipt.dueAt();
    }
}
