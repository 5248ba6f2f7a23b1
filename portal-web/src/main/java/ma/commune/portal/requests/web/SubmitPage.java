package ma.commune.portal.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.requests.boundary.CaseEngine;
import ma.commune.portal.requests.boundary.CaseForm;
import ma.commune.portal.requests.boundary.SubmissionThrottle;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.SubmissionPace;
import ma.commune.portal.requests.entity.UrgencyGround;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.ClientAddress;
import ma.commune.portal.shared.web.CurrentLanguage;
import ma.commune.portal.shared.web.Messages;

/**
 * The residents' forms: an Allo Citizen report ({@code /allo?category=}), an access-to-information
 * request ({@code /information-request}), a complaint or a suggestion ({@code /complaint}). The page
 * checks what it can show next to each field at once; the case engine decides (and refuses with the same
 * messages whatever the channel). A refused form saves nothing. A bot that fills the hidden field gets a
 * polite generic answer and nothing is saved; many forms from one address are slowed, then refused.
 * <p>
 * The pages are stateless and this bean lives for one request (issue 12: no session for a visitor): what
 * a postback needs before JSF decodes the form — which form the page is, the category — comes from the
 * page itself and from the request ({@link #fromPage()}); the form carries the category back.
 */
@Named
@RequestScoped
public class SubmitPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "request";
    /** Which form each page is (its fields depend on it, and JSF decodes only the fields it renders). */
    private static final Map<String, CaseKind> KIND_OF_PAGE = Map.of("/allo.xhtml", CaseKind.REPORT,
            "/complaint.xhtml", CaseKind.COMPLAINT, "/information-request.xhtml", CaseKind.INFORMATION);

    /** Where each rule's message goes (client ids of the fields). */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("requests.rule.categoryRequired", FORM + ":description"),
            Map.entry("requests.rule.descriptionRequired", FORM + ":description"),
            Map.entry("requests.rule.descriptionTooLong", FORM + ":description"),
            Map.entry("requests.rule.outsideCommune", FORM + ":latitude"),
            Map.entry("requests.rule.pointIncomplete", FORM + ":latitude"),
            Map.entry("requests.rule.unknownDistrict", FORM + ":district"),
            Map.entry("requests.rule.contactRequired", FORM + ":email"),
            Map.entry("outbox.rule.invalidEmail", FORM + ":email"),
            Map.entry("outbox.rule.invalidPhone", FORM + ":phone"),
            Map.entry("requests.rule.consentRequired", FORM + ":consent"),
            Map.entry("requests.rule.nameRequired", FORM + ":name"),
            Map.entry("requests.rule.nationalIdRequired", FORM + ":nationalId"),
            Map.entry("requests.rule.nationalIdFormat", FORM + ":nationalId"),
            Map.entry("requests.rule.urgencyGroundRequired", FORM + ":urgencyGround"),
            Map.entry("requests.rule.tooManyAttachments", FORM + ":files"),
            Map.entry("requests.rule.attachmentTooLarge", FORM + ":files"),
            Map.entry("requests.rule.attachmentType", FORM + ":files"),
            Map.entry("file.rule.empty", FORM + ":files"),
            Map.entry("file.rule.notAnImage", FORM + ":files"));

    @EJB
    CaseEngine engine;

    @EJB
    SubmissionThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    CurrentLanguage language;

    private CaseKind kind = CaseKind.REPORT;
    private String categoryCode;
    private transient Optional<RequestCategory> category;
    private String description;
    private String latitude;
    private String longitude;
    private Long districtId;
    private String address;
    private String name;
    private String email;
    private String phone;
    private String nationalId;
    private boolean urgent;
    private UrgencyGround urgencyGround;
    private boolean consent;
    /** The honeypot: hidden from people and assistive technologies; only a bot fills it. */
    private String website;
    private transient List<Part> files;
    private transient Optional<MapData> map;

    /**
     * A stateless page rebuilds its form at every request, and JSF decodes only the fields it renders: the
     * form's kind and the category must be known before the request's values are applied. They are the
     * page's ({@code /complaint} may be asked as {@code ?kind=SUGGESTION}) and the category's parameter,
     * which the form sends back (hidden field {@code category}).
     */
    @PostConstruct
    void fromPage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        if (faces.getViewRoot() != null && KIND_OF_PAGE.containsKey(faces.getViewRoot().getViewId())) {
            kind = KIND_OF_PAGE.get(faces.getViewRoot().getViewId());
        }
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        if (kind == CaseKind.COMPLAINT && "SUGGESTION".equals(parameters.get("kind"))) {
            kind = CaseKind.SUGGESTION;
        }
        if (kind == CaseKind.REPORT) {
            setCategoryCode(parameters.get("category"));
        }
    }

    /** The page says which form it is: REPORT, INFORMATION or COMPLAINT (a complaint or a suggestion). */
    public void start(String which) {
        CaseKind asked = CaseKind.valueOf(which);
        // The complaint page serves suggestions too (?kind=SUGGESTION, or the choice in the form).
        if (asked == CaseKind.COMPLAINT && kind == CaseKind.SUGGESTION) {
            return;
        }
        kind = asked;
    }

    public String submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String client = clientAddress.of((HttpServletRequest) external.getRequest());
        // The pace first, for people and bots alike: a bot filling the honeypot is slowed and refused like
        // anyone, so its hits stop writing rows once its address has used its forms (issue 12, finding 14).
        SubmissionPace.Decision pace = throttle.admit(client);
        if (pace instanceof SubmissionPace.Slowed slowed) {
            Messages.error("requests.throttle.slowed", Math.max(1, slowed.waitFor().toSeconds()));
            faces.validationFailed();
            return null;
        }
        if (pace instanceof SubmissionPace.Refused refused) {
            Messages.error("requests.throttle.refused", Math.max(1, (refused.waitFor().toSeconds() + 59) / 60));
            faces.validationFailed();
            return null;
        }
        if (website != null && !website.isBlank()) {
            // A bot: the same polite answer a person would get without a code, and nothing saved; it counts
            // against its address.
            throttle.record(client);
            external.redirect(external.getRequestContextPath() + "/received");
            faces.responseComplete();
            return null;
        }
        CitizenCase.Location location = checkedLocation();
        List<CaseEngine.Attachment> attachments = checkedFiles();
        checkRequired();
        if (faces.isValidationFailed() || !faces.getMessageList().isEmpty()) {
            faces.validationFailed();
            return null;
        }
        CaseKind submitted = kind == CaseKind.REPORT || kind == CaseKind.INFORMATION || kind == CaseKind.SUGGESTION ? kind : CaseKind.COMPLAINT;
        CaseForm form = new CaseForm(submitted, CaseChannel.WEB, submitted == CaseKind.REPORT ? categoryCode : null, language.get(),
                description, new CitizenCase.Requester(name, email, phone, submitted == CaseKind.INFORMATION ? nationalId : null),
                location, consent, submitted == CaseKind.INFORMATION && urgent, null);
        CaseEngine.Receipt receipt;
        try {
            receipt = engine.submit(form, submitted == CaseKind.INFORMATION && urgent ? urgencyGround : null, attachments);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
            return null;
        }
        throttle.record(client);
        external.redirect(external.getRequestContextPath() + "/received?code=" + receipt.trackingCode());
        faces.responseComplete();
        return null;
    }

    /** The point from the map's hidden fields (written by the script), refused unless both are numbers. */
    private CitizenCase.Location checkedLocation() {
        Double lat = null;
        Double lon = null;
        boolean hasLat = latitude != null && !latitude.isBlank();
        boolean hasLon = longitude != null && !longitude.isBlank();
        if (hasLat || hasLon) {
            try {
                lat = Double.valueOf(latitude.strip());
                lon = Double.valueOf(longitude.strip());
                if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException | NullPointerException unreadable) {
                Messages.fieldError(FORM + ":latitude", "requests.rule.pointIncomplete");
                return CitizenCase.Location.NONE;
            }
        }
        return new CitizenCase.Location(lat, lon, districtId, address);
    }

    /** The attachments, read only when each is within the limit (a larger one is not even read). */
    private List<CaseEngine.Attachment> checkedFiles() throws IOException {
        List<CaseEngine.Attachment> read = new ArrayList<>();
        if (files == null || kind == CaseKind.INFORMATION) {
            return read;
        }
        List<Part> given = files.stream().filter(p -> p != null && p.getSize() > 0).toList();
        if (given.size() > CaseEngine.MAX_ATTACHMENTS) {
            Messages.fieldError(FORM + ":files", "requests.rule.tooManyAttachments");
            return List.of();
        }
        for (Part part : given) {
            if (part.getSize() > FileStore.MAX_RESIDENT_BYTES) {
                Messages.fieldError(FORM + ":files", "requests.rule.attachmentTooLarge");
                return List.of();
            }
            try (InputStream in = part.getInputStream()) {
                read.add(new CaseEngine.Attachment(part.getSubmittedFileName(), in.readAllBytes()));
            }
        }
        return read;
    }

    /** What every person forgets sometimes, each next to its field at once (the engine checks again). */
    private void checkRequired() {
        if (kind == CaseKind.REPORT && getCategory() == null) {
            Messages.error("requests.rule.categoryRequired");
        }
        if (description == null || description.isBlank()) {
            Messages.fieldError(FORM + ":description", "requests.rule.descriptionRequired");
        } else if (description.strip().length() > CitizenCase.MAX_DESCRIPTION) {
            Messages.fieldError(FORM + ":description", "requests.rule.descriptionTooLong");
        }
        if (isBlank(email) && isBlank(phone)) {
            Messages.fieldError(FORM + ":email", "requests.rule.contactRequired");
        }
        if (kind == CaseKind.INFORMATION) {
            if (isBlank(name)) {
                Messages.fieldError(FORM + ":name", "requests.rule.nameRequired");
            }
            if (isBlank(nationalId)) {
                Messages.fieldError(FORM + ":nationalId", "requests.rule.nationalIdRequired");
            }
            if (urgent && urgencyGround == null) {
                Messages.fieldError(FORM + ":urgencyGround", "requests.rule.urgencyGroundRequired");
            }
        }
        if (!consent) {
            Messages.fieldError(FORM + ":consent", "requests.rule.consentRequired");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Whether a field has a message (for aria-invalid). */
    public boolean invalid(String field) {
        return !FacesContext.getCurrentInstance().getMessageList(FORM + ":" + field).isEmpty();
    }

    public List<RequestCategory> getCategories() {
        return engine.categories();
    }

    /** The chosen category ({@code ?category=CODE}), or null when none or an unknown one. */
    public RequestCategory getCategory() {
        if (category == null) {
            category = engine.category(categoryCode);
        }
        return category.orElse(null);
    }

    /** "15 · 141 · 150" as numbers to call. */
    public List<String> emergencyNumbers(RequestCategory c) {
        if (c == null || c.getEmergencyNumbers() == null) {
            return List.of();
        }
        return Arrays.stream(c.getEmergencyNumbers().split("[·,;/]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public MapData getMap() {
        if (map == null) {
            map = Optional.ofNullable(MapData.of(engine.communeMap()));
        }
        return map.orElse(null);
    }

    public UrgencyGround[] getUrgencyGrounds() {
        return UrgencyGround.values();
    }

    public int getMaxAttachments() {
        return CaseEngine.MAX_ATTACHMENTS;
    }

    public int getMaxMegabytes() {
        return FileStore.MAX_RESIDENT_BYTES / (1024 * 1024);
    }

    public CaseKind getKind() {
        return kind;
    }

    public void setKind(CaseKind kind) {
        this.kind = kind;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
        this.category = null;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public UrgencyGround getUrgencyGround() {
        return urgencyGround;
    }

    public void setUrgencyGround(UrgencyGround urgencyGround) {
        this.urgencyGround = urgencyGround;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
