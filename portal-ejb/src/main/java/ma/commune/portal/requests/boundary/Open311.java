package ma.commune.portal.requests.boundary;

import static ma.commune.portal.shared.Texts.blankToNull;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import ma.commune.portal.shared.boundary.CommuneIdentity;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.requests.entity.ApiKey;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseEvent;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.TrackingCode;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.Texts;

/**
 * What Open311 GeoReport v2 reads and writes: the active Allo Citizen categories as services, the reports
 * (never complaints nor information requests) as service requests, and a report filed by an application
 * holding an API key. What it returns holds nothing personal: no name, email, phone or ID, and the
 * resident's own words (the description, the free-text address) only once an agent reviewed them. The
 * requests of a sensitive category (an ambulance, a hearse, dialysis transport) are never returned: they
 * read as unknown (issue 12, finding 5). Lists are filtered and limited in the database.
 */
@Stateless
@PermitAll
public class Open311 {

    /** The most requests one GET returns, as the standard suggests. */
    public static final int MAX_REQUESTS = 1000;
    /** The prefix of the internal note that tells staff which application filed a report. */
    public static final String FILED_THROUGH = "Open311: ";

    private static final int MAX_NAME = 120;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,30}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    CaseEngine engine;

    @EJB
    ApiKeys keys;

    @EJB
    AuditLog audit;

    @EJB
    CommuneIdentity commune;

    /** A report as an application posts it (already parsed; the rules are checked here and by the case). */
    public record Submission(String apiKey, String serviceCode, Language language, String description, Double latitude,
                             Double longitude, String address, Long districtId, String firstName, String lastName,
                             String email, String phone, boolean consent) implements Serializable {
        @Override
        public String toString() {
            // Never the key nor the resident's contact in a log line.
            return "Submission[" + serviceCode + "]";
        }
    }

    /** A report filed: its tracking code (the service_request_id) and the client that filed it. */
    public record Filed(String trackingCode, String client, Instant dueAt) implements Serializable {
    }

    /**
     * Which requests to list. {@code ids} (tracking codes as typed) override every other filter, as the
     * standard says; {@code open} is {@code null} for both states.
     */
    public record Query(List<String> ids, String serviceCode, Instant from, Instant to, Boolean open, int max)
            implements Serializable {
    }

    /** A report as the public sees it through the API. {@code description} and {@code address} are {@code null} until reviewed. */
    public record PublicRequest(String id, CaseStatus status, String statusReason, List<String> answers, String serviceCode,
                                LocalizedText serviceName, String description, LocalizedText agency, Instant requested,
                                Instant updated, Instant expected, String address, Double latitude, Double longitude)
            implements Serializable {
    }

    /** The services: the active Allo Citizen categories, in their order, with their department. */
    public List<RequestCategory> services() {
        return em.createQuery("select c from RequestCategory c join fetch c.department where c.active = true"
                + " order by c.position, c.id", RequestCategory.class).getResultList();
    }

    public Optional<RequestCategory> service(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c from RequestCategory c join fetch c.department where c.code = :code and c.active = true",
                RequestCategory.class).setParameter("code", code.strip()).getResultStream().findFirst();
    }

    /** The districts a report may name (the service definition's list). */
    public List<District> districts() {
        return commune.districts();
    }

    /** The commune's code: the only jurisdiction_id this server answers for. */
    public String jurisdiction() {
        CommuneProfile profile = em.find(CommuneProfile.class, CommuneProfile.THE_COMMUNE);
        return profile == null || profile.getCode() == null ? "BG" : profile.getCode();
    }

    /** When the services last changed (discovery's changeset: clients refresh their cached definitions). */
    public Instant changeset() {
        // Not max(): an aggregate skips the attribute's converter and comes back as a raw timestamp.
        return em.createQuery("select c.updatedAt from RequestCategory c order by c.updatedAt desc", Instant.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(Instant.EPOCH);
    }

    /** How to reach the commune about the API (discovery's contact): its email and phone as published. */
    public String contact() {
        CommuneProfile profile = em.find(CommuneProfile.class, CommuneProfile.THE_COMMUNE);
        if (profile == null) {
            return null;
        }
        String contact = String.join(" · ", Arrays.stream(new String[] {profile.getEmail(), profile.getPhone()})
                .map(Texts::blankToNull).filter(c -> c != null).toList());
        return contact.isEmpty() ? null : contact;
    }

    /**
     * Files a report for an application holding an active key, through the case engine (channel API), and
     * notes on the case which application it came from. A missing, unknown or revoked key is refused
     * ({@code open311.error.apiKey}) before anything else; a broken rule refuses the whole and saves nothing.
     */
    public Filed submit(Submission s) {
        ApiKey key = keys.use(s.apiKey()).orElseThrow(() -> new DomainRuleViolation("open311.error.apiKey"));
        if (service(s.serviceCode()).isEmpty()) {
            throw new DomainRuleViolation("open311.error.serviceCode");
        }
        String email = blankToNull(s.email());
        if (email != null && !isEmail(email)) {
            throw new DomainRuleViolation("open311.error.email");
        }
        String phone = blankToNull(s.phone());
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 6)) {
            throw new DomainRuleViolation("open311.error.phone");
        }
        String name = String.join(" ", Arrays.stream(new String[] {s.firstName(), s.lastName()})
                .map(Texts::blankToNull).filter(n -> n != null).toList());
        if (name.length() > MAX_NAME) {
            throw new DomainRuleViolation("open311.error.name");
        }
        if (s.districtId() != null && em.find(District.class, s.districtId()) == null) {
            throw new DomainRuleViolation("open311.error.district");
        }
        String address = blankToNull(s.address());
        if (address != null && address.length() > 300) {
            throw new DomainRuleViolation("open311.error.address");
        }
        if (s.latitude() == null && s.longitude() == null && address == null) {
            throw new DomainRuleViolation("open311.error.location");
        }
        CaseForm form = new CaseForm(CaseKind.REPORT, CaseChannel.API, s.serviceCode().strip(), s.language(), s.description(),
                new CitizenCase.Requester(name, email, phone, null),
                new CitizenCase.Location(s.latitude(), s.longitude(), s.districtId(), address), s.consent(), false, null);
        CaseEngine.Receipt receipt = engine.submit(form);
        CitizenCase c = byCode(receipt.trackingCode()).orElseThrow();
        String actor = ("api:" + key.getClientName());
        c.note(FILED_THROUGH + key.getClientName(), actor.length() > 60 ? actor.substring(0, 60) : actor, Instant.now());
        audit.record("fileThroughApi", "CitizenCase", c.getTrackingCode(), null, Map.of("client", key.getClientName()));
        return new Filed(receipt.trackingCode(), key.getClientName(), receipt.dueAt());
    }

    /** The reports that match, newest first, at most {@code query.max()} (and never more than {@link #MAX_REQUESTS}). */
    public List<PublicRequest> requests(Query query) {
        int max = Math.max(1, Math.min(query.max(), MAX_REQUESTS));
        StringBuilder jpql = new StringBuilder("select c from CitizenCase c join fetch c.category join fetch c.department"
                + " where c.kind = :report and c.category.sensitive = false");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("report", CaseKind.REPORT);
        if (query.ids() != null && !query.ids().isEmpty()) {
            String prefix = jurisdiction();
            List<String> codes = query.ids().stream().map(id -> TrackingCode.normalise(prefix, id)).flatMap(Optional::stream)
                    .distinct().limit(MAX_REQUESTS).toList();
            if (codes.isEmpty()) {
                return List.of();
            }
            jpql.append(" and c.trackingCode in :codes");
            parameters.put("codes", codes);
        } else {
            jpql.append(" and c.receivedAt >= :from and c.receivedAt < :to");
            parameters.put("from", query.from());
            parameters.put("to", query.to());
            if (query.serviceCode() != null) {
                jpql.append(" and c.category.code = :service");
                parameters.put("service", query.serviceCode());
            }
            if (query.open() != null) {
                jpql.append(" and c.status in :statuses");
                parameters.put("statuses", Arrays.stream(CaseStatus.values()).filter(st -> st.isOpen() == query.open()).toList());
            }
        }
        jpql.append(" order by c.receivedAt desc, c.id desc");
        TypedQuery<CitizenCase> cases = em.createQuery(jpql.toString(), CitizenCase.class);
        parameters.forEach(cases::setParameter);
        List<CitizenCase> found = cases.setMaxResults(max).getResultList();
        Map<Long, List<String>> answers = answers(found);
        List<PublicRequest> requests = new ArrayList<>(found.size());
        for (CitizenCase c : found) {
            CitizenCase.Location where = c.getLocation();
            requests.add(new PublicRequest(c.getTrackingCode(), c.getStatus(), c.getStatusReason(),
                    answers.getOrDefault(c.getId(), List.of()), c.getCategory().getCode(), c.getCategory().getName(),
                    c.isDescriptionReviewed() ? c.getDescription() : null, c.getDepartment().getName(), c.getReceivedAt(),
                    c.getUpdatedAt(), c.getDueAt(), c.isDescriptionReviewed() ? where.address() : null, where.latitude(),
                    where.longitude()));
        }
        return requests;
    }

    /** One report by its tracking code; empty for a wrong, mistyped or unknown code alike. */
    public Optional<PublicRequest> request(String id) {
        return requests(new Query(List.of(id == null ? "" : id), null, null, null, null, 1)).stream().findFirst();
    }

    /** The public answers of these cases, in one query. */
    private Map<Long, List<String>> answers(List<CitizenCase> cases) {
        Map<Long, List<String>> answers = new LinkedHashMap<>();
        if (cases.isEmpty()) {
            return answers;
        }
        List<Long> ids = cases.stream().map(CitizenCase::getId).toList();
        List<Object[]> rows = em.createQuery("select e.citizenCase.id, e.text from CaseEvent e where e.citizenCase.id in :ids"
                        + " and e.type = :answer and e.publicFlag = true order by e.citizenCase.id, e.position", Object[].class)
                .setParameter("ids", ids).setParameter("answer", CaseEvent.Type.PUBLIC_ANSWER).getResultList();
        for (Object[] row : rows) {
            answers.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return answers;
    }

    private Optional<CitizenCase> byCode(String code) {
        return em.createQuery("select c from CitizenCase c where c.trackingCode = :code", CitizenCase.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** An address a mail server would accept: one mailbox, a domain with a dot, no display name. */
    static boolean isEmail(String text) {
        if (text.length() > 254) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            String value = address.getAddress();
            int at = value.indexOf('@');
            return value.equals(text) && at > 0 && value.indexOf('.', at) > at + 1 && !value.endsWith(".");
        } catch (AddressException malformed) {
            return false;
        }
    }
}
