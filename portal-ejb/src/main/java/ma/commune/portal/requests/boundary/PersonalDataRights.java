package ma.commune.portal.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.requests.control.CaseAnonymiser;
import ma.commune.portal.requests.entity.CaseEvent;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.entity.OutboxChannel;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The rights law 09-08 gives a resident over their data, exercised through an administrator (the privacy
 * page says so): access (every case of theirs found by their email or phone, and exported for them),
 * rectification (a name, email, phone or address corrected) and opposition (their cases anonymised at
 * once, as the retention would later). A person is found by the contact they gave: an email, whatever its
 * case; a phone, whatever its spelling (06..., +212 6..., 00212...), normalised to E.164 as the outbox
 * stores it. Each request is audited: who, when, which right, which cases — never the contact nor a value.
 */
@Stateless
@RolesAllowed("ADMIN")
public class PersonalDataRights {

    /** The rights of law 09-08 a request exercises (articles 7, 8 and 9). */
    public enum Right { ACCESS, RECTIFICATION, OPPOSITION }

    /** At most this many cases per person on the page and in an export: far more than one resident files. */
    public static final int MAX_CASES = 200;

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    CaseAnonymiser anonymiser;

    @Inject
    Clock clock;

    /** A contact as the cases store it: an email (compared case-insensitively) or a phone in E.164. */
    public record Contact(OutboxChannel channel, String value) {
    }

    /**
     * The person's contact, as typed by the administrator: an email if it holds an {@code @}, a phone
     * otherwise. Refused with {@code rights.rule.contact} when it is neither.
     */
    public static Contact contact(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty() || t.length() > 254) {
            throw new DomainRuleViolation("rights.rule.contact");
        }
        try {
            return t.contains("@") ? new Contact(OutboxChannel.EMAIL, OutboxChannel.EMAIL.normalise(t).toLowerCase(Locale.ROOT))
                    : new Contact(OutboxChannel.SMS, OutboxChannel.SMS.normalise(t));
        } catch (DomainRuleViolation notAContact) {
            throw new DomainRuleViolation("rights.rule.contact");
        }
    }

    /** Every case of the person (newest first), for the access right; the search itself is audited. */
    public List<CitizenCase> cases(String typedContact) {
        List<CitizenCase> found = find(contact(typedContact));
        audited(Right.ACCESS, "personalDataSearch", found, List.of());
        return found;
    }

    /** The person's cases as JSON (UTF-8), to hand to them: what they told the commune and what it answered. */
    public byte[] export(String typedContact) {
        List<CitizenCase> found = find(contact(typedContact));
        if (found.isEmpty()) {
            throw new DomainRuleViolation("rights.rule.noCase");
        }
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (CitizenCase c : found) {
            cases.add(exported(c));
        }
        StringWriter text = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(text)) {
            writer.writeObject(Json.createObjectBuilder().add("exportedAt", clock.instant().toString())
                    .add("law", "09-08").add("cases", cases).build());
        }
        audited(Right.ACCESS, "personalDataExport", found, List.of());
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Corrects one field of one of the person's cases (rectification). An email or phone is checked and
     * stored as the outbox would; refused when the case is not the person's, or was anonymised.
     */
    public void rectify(String typedContact, String trackingCode, CitizenCase.PersonalField field, String value) {
        if (field == null) {
            throw new DomainRuleViolation("rights.rule.field");
        }
        CitizenCase c = persons(typedContact, trackingCode);
        String checked;
        try {
            checked = value == null || value.isBlank() ? null : switch (field) {
                case EMAIL -> OutboxChannel.EMAIL.normalise(value);
                case PHONE -> OutboxChannel.SMS.normalise(value);
                case NAME, ADDRESS -> value.strip();
            };
        } catch (DomainRuleViolation invalid) {
            throw new DomainRuleViolation(field == CitizenCase.PersonalField.EMAIL ? "rights.rule.email" : "rights.rule.phone");
        }
        if (c.rectify(field, checked, clock.instant())) {
            audited(Right.RECTIFICATION, "personalDataRectify", List.of(c), List.of(fieldName(field)));
        }
    }

    /** Anonymises one of the person's cases at their request (opposition); refused while it is on legal hold. */
    public void anonymise(String typedContact, String trackingCode) {
        CitizenCase c = persons(typedContact, trackingCode);
        Map<String, Object> removed = anonymiser.anonymise(c, clock.instant(), CaseAnonymiser.Ground.REQUEST);
        @SuppressWarnings("unchecked")
        List<String> fields = (List<String>) removed.get("fields");
        audited(Right.OPPOSITION, "personalDataAnonymise", List.of(c), fields);
    }

    private CitizenCase persons(String typedContact, String trackingCode) {
        return find(contact(typedContact)).stream().filter(c -> c.getTrackingCode().equalsIgnoreCase(trackingCode == null ? "" : trackingCode.strip()))
                .findFirst().orElseThrow(() -> new DomainRuleViolation("rights.rule.notThePersons"));
    }

    private List<CitizenCase> find(Contact contact) {
        String where = contact.channel() == OutboxChannel.EMAIL ? "lower(c.requesterEmail) = :contact" : "c.requesterPhone = :contact";
        return em.createQuery("select c from CitizenCase c where " + where + " order by c.receivedAt desc, c.id desc", CitizenCase.class)
                .setParameter("contact", contact.value()).setMaxResults(MAX_CASES).getResultList();
    }

    private void audited(Right right, String action, List<CitizenCase> cases, List<String> fields) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("right", right.name());
        after.put("cases", cases.stream().map(CitizenCase::getTrackingCode).toList());
        if (!fields.isEmpty()) {
            after.put("fields", fields);
        }
        audit.record(action, "PersonalData", null, null, after);
    }

    private static String fieldName(CitizenCase.PersonalField field) {
        return switch (field) {
            case NAME -> "requesterName";
            case EMAIL -> "requesterEmail";
            case PHONE -> "requesterPhone";
            case ADDRESS -> "address";
        };
    }

    private JsonObjectBuilder exported(CitizenCase c) {
        CitizenCase.Requester who = c.getRequester();
        CitizenCase.Location where = c.getLocation();
        JsonObjectBuilder o = Json.createObjectBuilder().add("trackingCode", c.getTrackingCode()).add("kind", c.getKind().name())
                .add("channel", c.getChannel().name()).add("status", c.getStatus().name())
                .add("category", c.getCategory() == null ? "" : c.getCategory().getCode())
                .add("department", c.getDepartment().getCode()).add("receivedAt", c.getReceivedAt().toString())
                .add("dueAt", c.getDueAt().toString()).add("description", c.getDescription())
                .add("consentAt", c.getConsentAt().toString());
        optional(o, "closedAt", c.getRetentionFrom());
        optional(o, "anonymisedAt", c.getAnonymisedAt());
        JsonObjectBuilder requester = Json.createObjectBuilder();
        optional(requester, "name", who.name());
        optional(requester, "email", who.email());
        optional(requester, "phone", who.phone());
        optional(requester, "nationalId", who.nationalId());
        o.add("requester", requester);
        JsonObjectBuilder location = Json.createObjectBuilder();
        optional(location, "address", where.address());
        if (where.latitude() != null) {
            location.add("latitude", where.latitude()).add("longitude", where.longitude());
        }
        o.add("location", location);
        // The history the resident sees, and their own words (a reopening, an appeal); staff's internal notes are the commune's work.
        JsonArrayBuilder history = Json.createArrayBuilder();
        for (CaseEvent e : c.getEvents()) {
            if (e.isPublic() || CitizenCase.RESIDENT.equals(e.getActor())) {
                JsonObjectBuilder line = Json.createObjectBuilder().add("at", e.getAt().toString()).add("type", e.getType().name());
                optional(line, "status", e.getToStatus() == null ? null : e.getToStatus().name());
                optional(line, "text", e.getText());
                history.add(line);
            }
        }
        o.add("history", history);
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (Long id : c.getAttachments()) {
            StoredFile f = em.find(StoredFile.class, id);
            if (f != null) {
                files.add(f.getFileName());
            }
        }
        o.add("attachments", files);
        return o;
    }

    private static void optional(JsonObjectBuilder o, String name, Object value) {
        if (value != null) {
            o.add(name, value.toString());
        }
    }
}
