package ma.commune.portal.content.boundary;

import ma.commune.portal.shared.boundary.SearchDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.commune.portal.content.entity.Contribution;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.PartnershipKind;
import ma.commune.portal.content.entity.PartnershipStage;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.control.QueryConditions;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The commune's partnerships. Residents list the published ones by kind and stage and open each,
 * with its convention PDF and the projects it funds; editors write, publish and withdraw them.
 * Filters: {@code partner}, {@code status} (publication), {@code kind}, {@code stage}.
 */
@Stateless
// Class-level roles cover only the methods a class declares: the base class carries its own.
@RolesAllowed({"EDITOR", "ADMIN"})
public class Partnerships extends EditorialWorkflow<Partnership> {

    @Override
    protected Class<Partnership> type() {
        return Partnership.class;
    }

    @Override
    protected String kind() {
        return "partnership";
    }

    // ---- public

    @PermitAll
    public List<Partnership> published(PageRequest page) {
        return search(publishedOnly(page));
    }

    @PermitAll
    public long countPublished(PageRequest page) {
        return count(publishedOnly(page));
    }

    // ---- back office

    @Override
    protected String nameField() {
        return "partner";
    }

    @Override
    protected List<String> fileReferences() {
        return List.of("where e.convention.id = :file");
    }

    @Override
    protected Map<String, String> sortableFields() {
        return Map.of("partner", "e.partner.ar", "kind", "e.kind", "stage", "e.stage", "status", "e.status",
                "signedOn", "e.signedOn", "id", "e.id");
    }

    @Override
    protected QueryConditions conditions(PageRequest page) {
        return super.conditions(page)
                .add("e.kind = :kind", "kind", page.filter("kind", PartnershipKind.class))
                .add("e.stage = :stage", "stage", page.filter("stage", PartnershipStage.class));
    }

    /** Every partnership, drafts included, for an editor to pick a project's funding partners. */
    public List<Partnership> choices() {
        return em.createQuery("select p from Partnership p order by p.partner.fr, p.id", Partnership.class)
                .setMaxResults(1000).getResultList();
    }

    /** Creates or updates a partnership. It keeps its publication status: publishing is a separate act. */
    public Partnership save(PartnershipForm form) {
        Partnership partnership;
        Map<String, Object> before = null;
        if (form.getId() == null) {
            partnership = new Partnership();
        } else {
            partnership = editable(form.getId(), form.getVersion());
            before = snapshot(partnership);
        }
        LocalizedText partner = ContentForms.text(form.getPartnerAr(), form.getPartnerFr());
        if (partner.isEmpty()) {
            throw new DomainRuleViolation("partnership.rule.partnerRequired");
        }
        partnership.setPartner(partner);
        partnership.setSubject(ContentForms.text(form.getSubjectAr(), form.getSubjectFr()));
        partnership.setDescription(ContentForms.text(form.getDescriptionAr(), form.getDescriptionFr()));
        partnership.setKind(form.getKind() == null ? PartnershipKind.LOCAL : form.getKind());
        partnership.setStage(form.getStage() == null ? PartnershipStage.IN_PREPARATION : form.getStage());
        partnership.setSignedOn(form.getSignedOn());
        partnership.setDurationMonths(form.getDurationMonths());
        partnership.setConvention(form.getConventionId() == null ? null : em.find(StoredFile.class, form.getConventionId()));
        List<Contribution> contributions = new ArrayList<>();
        for (PartnershipForm.ContributionRow row : form.getContributions()) {
            LocalizedText party = ContentForms.text(row.getPartyAr(), row.getPartyFr());
            if (!party.isEmpty() || row.getAmount() != null) {
                contributions.add(new Contribution(party, row.getAmount(), contributions.size() + 1));
            }
        }
        partnership.replaceContributions(contributions);
        return store(partnership, before);
    }

    /** Saves and publishes in one transaction: if the partnership cannot be published, nothing is saved. */
    public Partnership saveAndPublish(PartnershipForm form) {
        return publishSaved(save(form));
    }

    @Override
    protected Partnership loaded(Partnership partnership) {
        partnership.getContributions().size();
        partnership.getProjects().forEach(project -> project.getTitle().getAr());
        if (partnership.getConvention() != null) {
            partnership.getConvention().getFileName();
        }
        return partnership;
    }

    @Override
    protected Map<String, Object> snapshot(Partnership p) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("partnerAr", p.getPartner().getAr());
        state.put("partnerFr", p.getPartner().getFr());
        state.put("subjectAr", p.getSubject().getAr());
        state.put("subjectFr", p.getSubject().getFr());
        state.put("descriptionAr", p.getDescription().getAr());
        state.put("descriptionFr", p.getDescription().getFr());
        state.put("kind", p.getKind().name());
        state.put("stage", p.getStage().name());
        state.put("signedOn", ContentForms.iso(p.getSignedOn()));
        state.put("durationMonths", p.getDurationMonths());
        state.put("conventionId", p.getConvention() == null ? null : p.getConvention().getId());
        state.put("contributions", p.getContributions().stream()
                .map(c -> c.getParty().getFr() + " / " + c.getParty().getAr() + ": " + c.getAmount().toPlainString())
                .collect(Collectors.toList()));
        state.put("status", p.getStatus().name());
        state.put("publishedAt", p.getPublishedAt() == null ? null : p.getPublishedAt().toString());
        return state;
    }

    @Override
    protected SearchDocument searchDocument(Partnership p) {
        LocalizedText text = LocalizedText.of(ContentForms.join(p.getSubject().getAr(), p.getDescription().getAr()),
                ContentForms.join(p.getSubject().getFr(), p.getDescription().getFr()));
        return new SearchDocument(kind(), p.getId(), "/partnerships/" + p.getId(), p.getPartner(), text, p.getPublishedAt());
    }
}
