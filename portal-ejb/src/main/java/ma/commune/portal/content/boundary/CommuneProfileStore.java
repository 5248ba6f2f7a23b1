package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.CommuneIdentity;
import ma.commune.portal.shared.boundary.Publication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.content.entity.KeyFigure;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.control.HtmlSanitizer;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The editors' side of the commune's profile: identity, presentation, history, contacts, key figures
 * and districts. Every component reads the profile and the districts through {@link CommuneIdentity}.
 */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class CommuneProfileStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HtmlSanitizer sanitizer;

    @Inject
    AuditLog audit;

    @Inject
    Publication publication;

    @EJB
    CommuneIdentity commune;

    /** The profile as the editors' page and {@link #update} read it. */
    @PermitAll
    public CommuneProfile profile() {
        return commune.profile();
    }

    @PermitAll
    public List<KeyFigure> keyFigures() {
        return em.createQuery("select k from KeyFigure k order by k.position, k.id", KeyFigure.class).getResultList();
    }

    /** The districts as the editors' page lists them to change them. */
    @PermitAll
    public List<District> districts() {
        return commune.districts();
    }

    public CommuneProfile update(ProfileForm form) {
        CommuneProfile profile = profile();
        if (profile.getVersion() != form.getVersion()) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        if (form.getNameAr() == null || form.getNameAr().isBlank() || form.getNameFr() == null || form.getNameFr().isBlank()) {
            throw new DomainRuleViolation("profile.rule.nameInBothLanguages");
        }
        Map<String, Object> before = snapshot(profile);
        profile.setName(LocalizedText.of(form.getNameAr().trim(), form.getNameFr().trim()));
        profile.setTagline(LocalizedText.of(form.getTaglineAr(), form.getTaglineFr()));
        profile.setPresentation(LocalizedText.of(sanitizer.sanitize(form.getPresentationAr()), sanitizer.sanitize(form.getPresentationFr())));
        profile.setHistory(LocalizedText.of(sanitizer.sanitize(form.getHistoryAr()), sanitizer.sanitize(form.getHistoryFr())));
        profile.setAddress(LocalizedText.of(form.getAddressAr(), form.getAddressFr()));
        profile.setPhone(form.getPhone());
        profile.setEmail(form.getEmail());
        if (form.getArmsId() != null) {
            profile.setArms(em.find(StoredFile.class, form.getArmsId()));
        }
        profile.touch(Instant.now());
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException concurrent) {
            throw new DomainRuleViolation("error.concurrentChange");
        }
        audit.record("update", "CommuneProfile", profile.getId(), before, snapshot(profile));
        publication.changed();
        return profile;
    }

    public KeyFigure save(KeyFigure figure) {
        if (figure.getValue() == null || figure.getLabel().isEmpty()) {
            throw new DomainRuleViolation("profile.rule.figureIncomplete");
        }
        return saveAudited(figure, figure.getId(), KeyFigure.class, "KeyFigure", CommuneProfileStore::snapshot, KeyFigure::getId);
    }

    public void deleteKeyFigure(long id) {
        KeyFigure figure = em.find(KeyFigure.class, id);
        if (figure != null) {
            audit.record("delete", "KeyFigure", id, snapshot(figure), null);
            em.remove(figure);
            publication.changed();
        }
    }

    public District save(District district) {
        if (district.getName().isEmpty()) {
            throw new DomainRuleViolation("profile.rule.districtNameRequired");
        }
        return saveAudited(district, district.getId(), District.class, "District", CommuneProfileStore::snapshot, District::getId);
    }

    /** Creates or updates a small piece of reference content, with its audit entry. */
    private <T> T saveAudited(T entity, Long id, Class<T> type, String entityType,
                              Function<T, Map<String, Object>> snapshot, Function<T, Long> idOf) {
        Map<String, Object> before = null;
        T saved;
        if (id == null) {
            em.persist(entity);
            saved = entity;
        } else {
            T current = em.find(type, id);
            if (current == null) {
                throw new DomainRuleViolation("error.notFound");
            }
            before = snapshot.apply(current);
            saved = em.merge(entity);
        }
        em.flush();
        audit.record(before == null ? "create" : "update", entityType, idOf.apply(saved), before, snapshot.apply(saved));
        publication.changed();
        return saved;
    }

    public void deleteDistrict(long id) {
        District district = em.find(District.class, id);
        if (district != null) {
            audit.record("delete", "District", id, snapshot(district), null);
            em.remove(district);
            publication.changed();
        }
    }

    static Map<String, Object> snapshot(CommuneProfile profile) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("nameAr", profile.getName().getAr());
        state.put("nameFr", profile.getName().getFr());
        state.put("taglineAr", profile.getTagline().getAr());
        state.put("taglineFr", profile.getTagline().getFr());
        state.put("presentationAr", profile.getPresentation().getAr());
        state.put("presentationFr", profile.getPresentation().getFr());
        state.put("historyAr", profile.getHistory().getAr());
        state.put("historyFr", profile.getHistory().getFr());
        state.put("addressAr", profile.getAddress().getAr());
        state.put("addressFr", profile.getAddress().getFr());
        state.put("phone", profile.getPhone());
        state.put("email", profile.getEmail());
        state.put("armsId", profile.getArms() == null ? null : profile.getArms().getId());
        return state;
    }

    static Map<String, Object> snapshot(KeyFigure figure) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("labelAr", figure.getLabel().getAr());
        state.put("labelFr", figure.getLabel().getFr());
        state.put("value", figure.getValue() == null ? null : figure.getValue().toPlainString());
        state.put("unitAr", figure.getUnit().getAr());
        state.put("unitFr", figure.getUnit().getFr());
        state.put("year", figure.getYear());
        state.put("source", figure.getSource());
        state.put("position", figure.getPosition());
        return state;
    }

    static Map<String, Object> snapshot(District district) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("nameAr", district.getName().getAr());
        state.put("nameFr", district.getName().getFr());
        state.put("descriptionAr", district.getDescription().getAr());
        state.put("descriptionFr", district.getDescription().getFr());
        state.put("population", district.getPopulation());
        state.put("position", district.getPosition());
        return state;
    }
}
