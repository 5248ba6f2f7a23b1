package ma.commune.portal.council.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.commune.portal.shared.boundary.PublicFileUse;
import ma.commune.portal.shared.boundary.SearchDocument;
import ma.commune.portal.shared.boundary.SearchSource;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.shared.LocalizedText;

/**
 * What the council tells the rest of the portal: which stored files are public (members' photos, the
 * documents of convened sessions' agendas, published minutes of every version, reports of announced
 * committee meetings), the sessions for search, and the facts the secretariat's rules need (the mandate
 * of a day, the members in office).
 */
@ApplicationScoped
public class CouncilWindow implements PublicFileUse, SearchSource {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public boolean isUsedByPublishedContent(long fileId) {
        return count("select count(m) from CouncilMember m where m.photo.id = :file", fileId)
                + count("select count(i) from AgendaItem i join i.documents d where d.file.id = :file"
                + " and i.session.state <> ma.commune.portal.council.entity.SessionState.PLANNED", fileId)
                + count("select count(v) from MinutesVersion v where v.file.id = :file", fileId)
                + count("select count(m) from CommitteeMeeting m where m.report.id = :file"
                + " and m.state <> ma.commune.portal.council.entity.MeetingState.PLANNED", fileId) > 0;
    }

    private long count(String jpql, long fileId) {
        return em.createQuery(jpql, Long.class).setParameter("file", fileId).getSingleResult();
    }

    @Override
    public List<SearchDocument> publishedDocuments() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int first = 0; ; first += 100) {
            List<CouncilSession> chunk = em.createQuery("select s from CouncilSession s where s.state <> :planned order by s.id",
                            CouncilSession.class)
                    .setParameter("planned", SessionState.PLANNED).setFirstResult(first).setMaxResults(100).getResultList();
            chunk.forEach(session -> documents.add(searchDocument(session)));
            if (chunk.size() < 100) {
                return documents;
            }
        }
    }

    /** A session as search knows it: its name, and its items' titles, summaries and decisions. */
    public SearchDocument searchDocument(CouncilSession session) {
        StringBuilder ar = new StringBuilder();
        StringBuilder fr = new StringBuilder();
        for (AgendaItem item : session.getItems()) {
            append(ar, fr, item.getTitle());
            append(ar, fr, item.getSummary());
            item.getDecision().ifPresent(decision -> append(ar, fr, decision.getText()));
        }
        return new SearchDocument("session", session.getId(), "/council/sessions/" + session.getId(), session.getTitle(),
                LocalizedText.of(ar.toString(), fr.toString()), session.getAgendaPublishedAt() == null
                ? session.getStartsAt() : session.getAgendaPublishedAt());
    }

    private static void append(StringBuilder ar, StringBuilder fr, LocalizedText text) {
        if (text.getAr() != null) {
            ar.append(text.getAr()).append('\n');
        }
        if (text.getFr() != null) {
            fr.append(text.getFr()).append('\n');
        }
    }

    /** The mandate running on a day. */
    public Optional<Mandate> mandateOn(LocalDate day) {
        return em.createQuery("select m from Mandate m where m.startDate <= :day and m.endDate >= :day order by m.startDate desc",
                        Mandate.class)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    /** The members of a mandate in office on a day: the quorum counts them. */
    public List<CouncilMember> membersInOffice(Mandate mandate, LocalDate day) {
        return em.createQuery("select m from CouncilMember m where m.mandate = :mandate and m.inOfficeFrom <= :day"
                        + " and (m.inOfficeUntil is null or m.inOfficeUntil >= :day)", CouncilMember.class)
                .setParameter("mandate", mandate).setParameter("day", day).getResultList()
                .stream().sorted(CouncilRecords.BY_OFFICE).toList();
    }
}
