package ma.commune.portal.council.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import ma.commune.portal.council.entity.AgendaItem;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeMeeting;
import ma.commune.portal.council.entity.CommitteeSeat;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilSession;
import ma.commune.portal.council.entity.Mandate;
import ma.commune.portal.council.entity.MeetingState;
import ma.commune.portal.council.entity.MinutesVersion;
import ma.commune.portal.council.entity.SessionState;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.AttachedDocument;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The council as machines read it (OParl, the calendar feed): every list a page at a time, ordered by id
 * so that pages stay stable while the council works, and filtered by when objects were created or last
 * changed. Only what the public pages show: never a session whose agenda is unpublished, never a committee
 * meeting not yet announced, never a file that only such a session or meeting uses.
 */
@Stateless
@PermitAll
public class CouncilOpenData {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    CouncilRecords records;

    /**
     * The change filters of a list ({@code modified_since}, {@code modified_until}, {@code created_since},
     * {@code created_until}); a bound left null does not filter. Bounds are inclusive.
     */
    public record Changes(Instant modifiedSince, Instant modifiedUntil, Instant createdSince, Instant createdUntil)
            implements Serializable {

        public static final Changes ANY = new Changes(null, null, null, null);
    }

    /** A stored file the public may read, with every public use of it (agenda documents, minutes, reports). */
    public record PublicFile(StoredFile file, List<ItemDocument> documents, List<MinutesVersion> minutes,
                             List<CommitteeMeeting> reports) implements Serializable {
    }

    /** A supporting document of an agenda item, with its label. */
    public record ItemDocument(AgendaItem item, LocalizedText label) implements Serializable {
    }

    private static final String PUBLIC_SESSION = "s.state <> ma.commune.portal.council.entity.SessionState.PLANNED";
    private static final String PUBLIC_MEETING = "m.state <> ma.commune.portal.council.entity.MeetingState.PLANNED";
    private static final String PUBLIC_FILE = "(f.id in (select d.file.id from AgendaItem i join i.documents d where i.session.state <> "
            + "ma.commune.portal.council.entity.SessionState.PLANNED)"
            + " or f.id in (select v.file.id from MinutesVersion v)"
            + " or f.id in (select r.report.id from CommitteeMeeting r where r.state <> ma.commune.portal.council.entity.MeetingState.PLANNED))";

    // ---- mandates (OParl: legislative terms, and the council of each)

    public long countMandates(Changes changes) {
        return count("Mandate", "s", null, changes, "updatedAt");
    }

    public List<Mandate> mandates(Changes changes, int first, int max) {
        return page(Mandate.class, "Mandate", "s", null, changes, "updatedAt", first, max);
    }

    public Optional<Mandate> mandate(long id) {
        return records.mandate(id);
    }

    /** The ids of a mandate's members, for the council's list of memberships. */
    public List<Long> memberIds(Mandate mandate) {
        return em.createQuery("select m.id from CouncilMember m where m.mandate = :mandate order by m.id", Long.class)
                .setParameter("mandate", mandate).getResultList();
    }

    // ---- committees

    public long countCommittees(Changes changes) {
        return count("Committee", "s", null, changes, "updatedAt");
    }

    public List<Committee> committees(Changes changes, int first, int max) {
        return loaded(page(Committee.class, "Committee", "s", null, changes, "updatedAt", first, max),
                committee -> committee.getSeats().size());
    }

    public Optional<Committee> committee(long id) {
        return records.committee(id);
    }

    // ---- members and their committee seats

    public long countMembers(Changes changes) {
        return count("CouncilMember", "s", null, changes, "updatedAt");
    }

    public List<CouncilMember> members(Changes changes, int first, int max) {
        return loaded(page(CouncilMember.class, "CouncilMember", "s", null, changes, "updatedAt", first, max),
                CouncilOpenData::loaded);
    }

    public Optional<CouncilMember> member(long id) {
        return Optional.ofNullable(em.find(CouncilMember.class, id)).map(member -> {
            loaded(member);
            return member;
        });
    }

    public long countSeats(Changes changes) {
        return count("CommitteeSeat", "s", null, changes, "updatedAt");
    }

    public List<CommitteeSeat> seats(Changes changes, int first, int max) {
        return page(CommitteeSeat.class, "CommitteeSeat", "s", null, changes, "updatedAt", first, max);
    }

    public Optional<CommitteeSeat> seat(long id) {
        return Optional.ofNullable(em.find(CommitteeSeat.class, id));
    }

    // ---- sessions, committee meetings, agenda items

    public long countSessions(Changes changes) {
        return count("CouncilSession", "s", PUBLIC_SESSION, changes, "updatedAt");
    }

    public List<CouncilSession> sessions(Changes changes, int first, int max) {
        return loaded(page(CouncilSession.class, "CouncilSession", "s", PUBLIC_SESSION, changes, "updatedAt", first, max),
                CouncilRecords::loaded);
    }

    /** A convened, concluded or cancelled session; none while its agenda is unpublished. */
    public Optional<CouncilSession> session(long id) {
        return records.session(id);
    }

    public long countMeetings(Changes changes) {
        return count("CommitteeMeeting", "m", PUBLIC_MEETING, changes, "updatedAt");
    }

    public List<CommitteeMeeting> meetings(Changes changes, int first, int max) {
        return loaded(page(CommitteeMeeting.class, "CommitteeMeeting", "m", PUBLIC_MEETING, changes, "updatedAt", first, max),
                CouncilRecords::loaded);
    }

    /** An announced (or cancelled) committee meeting; none while it is planned. */
    public Optional<CommitteeMeeting> meeting(long id) {
        return records.meeting(id);
    }

    public long countAgendaItems(Changes changes) {
        return count("AgendaItem", "a", "a.session.state <> ma.commune.portal.council.entity.SessionState.PLANNED", changes, "updatedAt");
    }

    public List<AgendaItem> agendaItems(Changes changes, int first, int max) {
        return loaded(page(AgendaItem.class, "AgendaItem", "a", "a.session.state <> ma.commune.portal.council.entity.SessionState.PLANNED",
                changes, "updatedAt", first, max), CouncilOpenData::loaded);
    }

    /** An item of a public session's agenda. */
    public Optional<AgendaItem> agendaItem(long id) {
        AgendaItem item = em.find(AgendaItem.class, id);
        return item == null || !item.getSession().isPublic() ? Optional.empty() : Optional.of(loaded(item));
    }

    // ---- the calendar feed

    /** Every convened, concluded or cancelled session, with its agenda, oldest first. */
    public List<CouncilSession> calendarSessions() {
        return records.calendarSessions().stream().map(CouncilRecords::loaded).toList();
    }

    /** Committee meetings open to the public, announced or cancelled, oldest first. */
    public List<CommitteeMeeting> calendarMeetings() {
        return records.calendarMeetings();
    }

    // ---- files

    /** Files are never changed once stored: their creation is their last change. */
    public long countFiles(Changes changes) {
        return count("StoredFile", "f", PUBLIC_FILE, changes, "createdAt");
    }

    public List<PublicFile> files(Changes changes, int first, int max) {
        return uses(page(StoredFile.class, "StoredFile", "f", PUBLIC_FILE, changes, "createdAt", first, max));
    }

    /** A public file of the council by its key (the key names it in every URL); empty for any other. */
    public Optional<PublicFile> file(String key) {
        if (!StoredFile.isKey(key)) {
            return Optional.empty();
        }
        StoredFile file = em.createQuery("select f from StoredFile f where f.publicKey = :key", StoredFile.class)
                .setParameter("key", key).getResultStream().findFirst().orElse(null);
        if (file == null) {
            return Optional.empty();
        }
        PublicFile found = uses(List.of(file)).get(0);
        return found.documents().isEmpty() && found.minutes().isEmpty() && found.reports().isEmpty()
                ? Optional.empty() : Optional.of(found);
    }

    /** Where each file is used publicly, in three queries for the whole page. */
    private List<PublicFile> uses(List<StoredFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        List<Long> ids = files.stream().map(StoredFile::getId).toList();
        Map<Long, List<ItemDocument>> documents = new LinkedHashMap<>();
        em.createQuery("select distinct i from AgendaItem i join i.documents d where d.file.id in :ids"
                        + " and i.session.state <> :planned order by i.id", AgendaItem.class)
                .setParameter("ids", ids).setParameter("planned", SessionState.PLANNED).getResultList()
                .forEach(item -> {
                    loaded(item);
                    for (AttachedDocument document : item.getDocuments()) {
                        if (ids.contains(document.getFile().getId())) {
                            documents.computeIfAbsent(document.getFile().getId(), id -> new ArrayList<>())
                                    .add(new ItemDocument(item, document.getLabel()));
                        }
                    }
                });
        Map<Long, List<MinutesVersion>> minutes = new LinkedHashMap<>();
        em.createQuery("select v from MinutesVersion v where v.file.id in :ids order by v.id", MinutesVersion.class)
                .setParameter("ids", ids).getResultList()
                .forEach(version -> {
                    version.getSession().getMandate().getName();
                    minutes.computeIfAbsent(version.getFile().getId(), id -> new ArrayList<>()).add(version);
                });
        Map<Long, List<CommitteeMeeting>> reports = new LinkedHashMap<>();
        em.createQuery("select m from CommitteeMeeting m where m.report.id in :ids and m.state <> :planned order by m.id",
                        CommitteeMeeting.class)
                .setParameter("ids", ids).setParameter("planned", MeetingState.PLANNED).getResultList()
                .forEach(meeting -> reports.computeIfAbsent(meeting.getReport().getId(), id -> new ArrayList<>())
                        .add(CouncilRecords.loaded(meeting)));
        return files.stream().map(file -> new PublicFile(file, documents.getOrDefault(file.getId(), List.of()),
                minutes.getOrDefault(file.getId(), List.of()), reports.getOrDefault(file.getId(), List.of()))).toList();
    }

    // ---- the whole

    /** When the council's public record began (its first mandate), for OParl's system and body. */
    public Optional<Instant> firstRecord() {
        return latest("select s.createdAt from Mandate s order by s.createdAt");
    }

    /** The last change of anything the council publishes: the instant OParl's body says it was modified. */
    public Instant lastChange() {
        Instant last = Instant.EPOCH;
        for (String jpql : List.of("select s.updatedAt from Mandate s", "select s.updatedAt from CouncilMember s",
                "select s.updatedAt from Committee s", "select s.updatedAt from CommitteeSeat s",
                "select s.updatedAt from CouncilSession s where " + PUBLIC_SESSION,
                "select m.updatedAt from CommitteeMeeting m where " + PUBLIC_MEETING)) {
            String alias = jpql.contains(" m where") ? "m" : "s";
            Optional<Instant> one = latest(jpql + " order by " + alias + ".updatedAt desc");
            if (one.isPresent() && one.get().isAfter(last)) {
                last = one.get();
            }
        }
        return last;
    }

    /**
     * The first instant a query orders, read as an attribute: {@code max()} of an instant would bypass the
     * {@code InstantAsUtc} converter (EclipseLink hands the aggregate back as a raw timestamp).
     */
    private Optional<Instant> latest(String orderedJpql) {
        return em.createQuery(orderedJpql, Instant.class).setMaxResults(1).getResultStream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    // ---- plumbing

    private long count(String entity, String alias, String condition, Changes changes, String modified) {
        Where where = where(alias, condition, changes, modified);
        return where.bind(em.createQuery("select count(" + alias + ") from " + entity + " " + alias + where.clause, Long.class))
                .getSingleResult();
    }

    private <T> List<T> page(Class<T> type, String entity, String alias, String condition, Changes changes, String modified,
                             int first, int max) {
        if (max <= 0) {
            return List.of();
        }
        Where where = where(alias, condition, changes, modified);
        return where.bind(em.createQuery("select " + alias + " from " + entity + " " + alias + where.clause
                        + " order by " + alias + ".id", type))
                .setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
    }

    private record Where(String clause, Map<String, Instant> parameters) {
        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /** Entity and field names come from this class only; the instants are bound as parameters. */
    private static Where where(String alias, String condition, Changes changes, String modified) {
        List<String> clauses = new ArrayList<>();
        Map<String, Instant> parameters = new LinkedHashMap<>();
        if (condition != null) {
            clauses.add(condition);
        }
        Changes c = changes == null ? Changes.ANY : changes;
        bound(clauses, parameters, alias + "." + modified + " >= :modifiedSince", "modifiedSince", c.modifiedSince());
        bound(clauses, parameters, alias + "." + modified + " <= :modifiedUntil", "modifiedUntil", c.modifiedUntil());
        bound(clauses, parameters, alias + ".createdAt >= :createdSince", "createdSince", c.createdSince());
        bound(clauses, parameters, alias + ".createdAt <= :createdUntil", "createdUntil", c.createdUntil());
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), parameters);
    }

    private static void bound(List<String> clauses, Map<String, Instant> parameters, String clause, String name, Instant value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
    }

    private static <T> List<T> loaded(List<T> list, Consumer<T> load) {
        list.forEach(load);
        return list;
    }

    private static void loaded(CouncilMember member) {
        member.getMandate().getName();
        member.getSeats().forEach(seat -> seat.getCommittee().getName());
    }

    private static AgendaItem loaded(AgendaItem item) {
        item.getSession().getMandate().getName();
        item.getDocuments().forEach(document -> document.getFile().getFileName());
        item.getDecisions().size();
        item.getPreparedBy().forEach(meeting -> meeting.getCommittee().getName());
        return item;
    }
}
