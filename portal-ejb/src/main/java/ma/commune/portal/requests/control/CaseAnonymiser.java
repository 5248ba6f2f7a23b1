package ma.commune.portal.requests.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.commune.portal.identity.boundary.AuditLog;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.shared.control.Leases;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * Anonymises residents' cases (law 09-08): the case's own rule ({@link CitizenCase#anonymise}) plus what
 * lies outside it — the attachments' stored files, and the outbox messages sent to the requester about
 * the case (every message whose reference is the case's tracking code: the case engine writes that
 * reference on the requester's letters only, whatever address they had then). One audit entry per case
 * names the fields and counts what went, never a value. A local bean: the daily run calls it, and the
 * administrators' rights page through {@code PersonalDataRights}, which checks the role.
 * <p>
 * Which cases are due is asked of the database, paged: those not anonymised, not on legal hold, closed,
 * whose retention (their kind's, {@code case_retention}, in months) has passed.
 */
@Stateless
@PermitAll
public class CaseAnonymiser {

    /** A case waiting for its anonymisation, and when it falls due. */
    public static final class Due implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String trackingCode;
        private final CaseKind kind;
        private final CaseStatus status;
        private final Instant closedAt;
        private final Instant dueAt;

        public Due(long id, String trackingCode, CaseKind kind, CaseStatus status, Instant closedAt, Instant dueAt) {
            this.id = id;
            this.trackingCode = trackingCode;
            this.kind = kind;
            this.status = status;
            this.closedAt = closedAt;
            this.dueAt = dueAt;
        }

        public long getId() {
            return id;
        }

        public String getTrackingCode() {
            return trackingCode;
        }

        public CaseKind getKind() {
            return kind;
        }

        public CaseStatus getStatus() {
            return status;
        }

        public Instant getClosedAt() {
            return closedAt;
        }

        public Instant getDueAt() {
            return dueAt;
        }
    }

    /** Why a case is anonymised: its retention passed, or the person asked (opposition, law 09-08 article 9). */
    public enum Ground { RETENTION, REQUEST }

    // The months are the kind's retention; TIMESTAMPADD is understood alike by MariaDB and H2.
    private static final String WAITING = " FROM citizen_case c JOIN case_retention r ON r.kind = c.kind"
            + " WHERE c.anonymised_at IS NULL AND c.legal_hold IS NULL AND c.retention_from IS NOT NULL";
    private static final String DUE_AT = "TIMESTAMPADD(MONTH, r.months, c.retention_from)";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @EJB
    AuditLog audit;

    @EJB
    Leases leases;

    /** The cases that will be anonymised next, soonest first (those already due included), a page of them. */
    public List<Due> upcoming(int first, int size) {
        return select("SELECT c.id, c.tracking_code, c.kind, c.status, c.retention_from, " + DUE_AT + " AS due_at" + WAITING
                + " ORDER BY due_at, c.id LIMIT ? OFFSET ?", size, first);
    }

    public long countUpcoming() {
        return count("SELECT COUNT(*)" + WAITING);
    }

    /** Cases kept beyond their retention by a legal hold (not anonymised yet). */
    public long countHeld() {
        return count("SELECT COUNT(*) FROM citizen_case c WHERE c.anonymised_at IS NULL AND c.legal_hold IS NOT NULL");
    }

    /**
     * Anonymises up to {@code max} cases whose retention has passed at {@code now}, in a transaction of
     * its own; how many. A case anonymised once is never selected again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int anonymiseDue(Instant now, int max) {
        List<Due> due = select("SELECT c.id, c.tracking_code, c.kind, c.status, c.retention_from, " + DUE_AT + " AS due_at" + WAITING
                + " AND " + DUE_AT + " <= ? ORDER BY due_at, c.id LIMIT ?", utc(now), max);
        for (Due d : due) {
            anonymise(em.find(CitizenCase.class, d.getId()), now, Ground.RETENTION);
        }
        return due.size();
    }

    /** The day's run is over: its summary in the audit log and the day marked done, together. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void dayDone(String leaseKey, LocalDate day, String holder, int anonymised) {
        audit.recordSystem("retentionRun", "CitizenCase", null, Map.of("day", day.toString(), "anonymised", anonymised));
        leases.dayDone(leaseKey, day, holder);
    }

    /**
     * Anonymises one case in the caller's transaction: the case's fields and history, its attachments'
     * files, the requester's outbox messages, and the audit entry. What was removed, by name and count.
     */
    public Map<String, Object> anonymise(CitizenCase c, Instant now, Ground ground) {
        CitizenCase.Anonymisation done = c.anonymise(now);
        em.flush();
        for (Long file : done.attachments()) {
            StoredFile stored = em.find(StoredFile.class, file);
            if (stored != null) {
                em.remove(stored);
            }
        }
        int messages = em.createQuery("delete from OutboxMessage m where m.reference = :code")
                .setParameter("code", c.getTrackingCode()).executeUpdate();
        Map<String, Object> removed = new LinkedHashMap<>();
        removed.put("ground", ground.name());
        removed.put("fields", done.fields());
        removed.put("attachmentsDeleted", done.attachments().size());
        removed.put("outboxMessagesDeleted", messages);
        removed.put("internalNotesDeleted", done.internalNotes());
        if (ground == Ground.RETENTION) {
            audit.recordSystem("anonymise", "CitizenCase", c.getTrackingCode(), removed);
        } else {
            audit.record("anonymise", "CitizenCase", c.getTrackingCode(), null, removed);
        }
        return removed;
    }

    private List<Due> select(String sql, Object... values) {
        List<Due> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Due(rs.getLong(1), rs.getString(2), CaseKind.valueOf(rs.getString(3)), CaseStatus.valueOf(rs.getString(4)),
                            instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the cases due for anonymisation could not be read", e);
        }
        return rows;
    }

    private long count(String sql) {
        try (Connection connection = database.getConnection(); PreparedStatement s = connection.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the cases due for anonymisation could not be counted", e);
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }

    private static Timestamp utc(Instant instant) {
        return Leases.utc(instant);
    }

    private static Instant instant(Timestamp stored) {
        return stored == null ? null : stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
