package ma.commune.portal.requests.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.requests.control.CaseAnonymiser;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseRetention;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.requests.entity.TrackingCode;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.PageRequest;

/**
 * The administrators' side of the retention of personal data (law 09-08; issue 12): the retention of each
 * kind of case, what the daily run ({@link RetentionRun}) will anonymise next and when, and the legal
 * hold that keeps one case whole beyond its retention (a dispute, an appeal in progress). Administrators
 * only, checked here; every change audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CaseRetentions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    CaseAnonymiser anonymiser;

    @EJB
    RetentionRun run;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The retention of each kind, in the kinds' order. */
    public List<CaseRetention> retentions() {
        return em.createQuery("select r from CaseRetention r", CaseRetention.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing(CaseRetention::getKind)).toList();
    }

    /**
     * A kind's new retention, in months (1 to 120): refused with its message otherwise, or when another
     * administrator changed it since the page was shown; audited.
     */
    public CaseRetention change(CaseKind kind, long version, int months) {
        CaseRetention retention = kind == null ? null : em.find(CaseRetention.class, kind);
        if (retention == null) {
            throw new DomainRuleViolation("error.notFound");
        }
        if (retention.getVersion() != version) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        int before = retention.getMonths();
        retention.change(months, clock.instant());
        em.flush();
        audit.record("update", "CaseRetention", kind.name(), Map.of("months", before), Map.of("months", retention.getMonths()));
        return retention;
    }

    /** The cases the daily run will anonymise next, soonest first, paged in the database. */
    public List<CaseAnonymiser.Due> upcoming(PageRequest page) {
        return anonymiser.upcoming(page.first(), page.size());
    }

    public long countUpcoming() {
        return anonymiser.countUpcoming();
    }

    public long countHeld() {
        return anonymiser.countHeld();
    }

    /** The day the daily run last completed; null before the first. */
    public LocalDate lastRunDay() {
        return run.lastRunDay();
    }

    public String runTime() {
        return run.startTime().toString();
    }

    /** When the case will be anonymised: empty while it is open, held or already anonymised. */
    public Optional<Instant> dueOf(CitizenCase c) {
        if (c.getRetentionFrom() == null || c.isAnonymised() || c.getLegalHold() != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(CaseRetention.class, c.getKind())).map(r -> r.dueFrom(c.getRetentionFrom()));
    }

    /** Puts a case on legal hold, with its reason (an administrator's text, kept on the case and in the audit log). */
    public void hold(String trackingCode, String reason) {
        CitizenCase c = byCode(trackingCode);
        boolean already = c.getLegalHold() != null;
        c.holdLegally(reason, context.getCallerPrincipal().getName(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("legalHold", c.getLegalHold());
        audit.record(already ? "changeLegalHold" : "placeLegalHold", "CitizenCase", c.getTrackingCode(), null, after);
    }

    /** Lifts a case's legal hold: its retention applies again. */
    public void liftHold(String trackingCode) {
        CitizenCase c = byCode(trackingCode);
        String reason = c.getLegalHold();
        c.liftLegalHold();
        audit.record("liftLegalHold", "CitizenCase", c.getTrackingCode(), Map.of("legalHold", reason), null);
    }

    private CitizenCase byCode(String typed) {
        CommuneProfile profile = em.find(CommuneProfile.class, CommuneProfile.THE_COMMUNE);
        String prefix = profile == null || profile.getCode() == null ? "BG" : profile.getCode();
        return Optional.ofNullable(typed).flatMap(code -> TrackingCode.normalise(prefix, code))
                .flatMap(code -> em.createQuery("select c from CitizenCase c where c.trackingCode = :code", CitizenCase.class)
                        .setParameter("code", code).getResultStream().findFirst())
                .orElseThrow(() -> new DomainRuleViolation("requests.rule.unknownCode"));
    }
}
