package ma.commune.portal.procurement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.procurement.entity.TenderDocument;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The documents of the calls for tenders: the finance service (or an administrator) attaches a PDF to a
 * tender with its label in both languages and detaches it; the public tender page lists them, and
 * {@code /files/} serves them while they are attached. Every change is in the audit log.
 */
@Stateless
@DeclareRoles({"FINANCE", "ADMIN"})
public class TenderDocuments {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    FileStore files;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext context;

    /**
     * Attaches a PDF to a tender; the document.
     *
     * @throws DomainRuleViolation {@code error.notFound} (no such tender), the file's refusals
     *                             ({@code file.rule.empty}, {@code file.rule.pdfTooLarge}, {@code file.rule.notAPdf}),
     *                             {@code procurement.documents.rule.labelTooLong}; nothing is stored then
     */
    @RolesAllowed({"FINANCE", "ADMIN"})
    public TenderDocument attach(long tenderId, String fileName, byte[] bytes, String labelAr, String labelFr) {
        Tender tender = Optional.ofNullable(em.find(Tender.class, tenderId)).orElseThrow(() -> new DomainRuleViolation("error.notFound"));
        StoredFile file = files.storePdf(fileName, bytes);
        TenderDocument document = TenderDocument.attach(tender, file, labelAr, labelFr, context.getCallerPrincipal().getName(), Instant.now());
        em.persist(document);
        em.flush();
        audit.record("attach", "TenderDocument", document.getId(), null, snapshot(document));
        return document;
    }

    /** Detaches a document: its file is no longer served. */
    @RolesAllowed({"FINANCE", "ADMIN"})
    public void detach(long documentId) {
        TenderDocument document = Optional.ofNullable(em.find(TenderDocument.class, documentId))
                .orElseThrow(() -> new DomainRuleViolation("error.notFound"));
        Map<String, Object> before = snapshot(document);
        em.remove(document);
        audit.record("detach", "TenderDocument", documentId, before, null);
    }

    /** A tender's documents, in the order they were attached, with their files' names and sizes. */
    @PermitAll
    public List<TenderDocument> of(long tenderId) {
        return em.createQuery("select d from TenderDocument d join fetch d.file where d.tender.id = :tender order by d.addedAt, d.id",
                TenderDocument.class).setParameter("tender", tenderId).getResultList();
    }

    /** How many documents each of these tenders has (the back office's list). */
    @RolesAllowed({"FINANCE", "ADMIN"})
    public Map<Long, Long> counts(List<Long> tenderIds) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        if (tenderIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select d.tender.id, count(d) from TenderDocument d where d.tender.id in :ids group by d.tender.id",
                Object[].class).setParameter("ids", tenderIds).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Whether a stored file is a tender's document (then it is public, as the tender is). */
    @PermitAll
    public boolean publishesFile(long fileId) {
        return em.createQuery("select count(d) from TenderDocument d where d.file.id = :file", Long.class)
                .setParameter("file", fileId).getSingleResult() > 0;
    }

    private static Map<String, Object> snapshot(TenderDocument document) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("tender", document.getTender().getReference());
        s.put("fileId", document.getFile().getId());
        s.put("fileName", document.getFile().getFileName());
        s.put("labelAr", document.getLabel().getAr());
        s.put("labelFr", document.getLabel().getFr());
        return s;
    }
}
