package ma.commune.portal.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.control.Leases;

/**
 * Deletes the files staff uploaded into a form they never saved (issue 12, finding 14): an upload is stored
 * when it arrives, before its item is saved, so that the form can show it; a form abandoned leaves a file that
 * nothing refers to. Once a day, a staff upload older than a day that no row refers to is deleted. Residents'
 * attachments and the seed's files have no uploader and are never touched here (their case or item owns them).
 * <p>
 * Once a day across instances, through the {@link Leases} row (the timer ticks every hour on each instance).
 */
@Singleton
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class UnusedUploads {

    private static final Logger LOG = Logger.getLogger(UnusedUploads.class.getName());

    static final String LEASE_KEY = "files.unused-uploads";
    private static final Duration LEASE = Duration.ofMinutes(10);
    /** How long an upload may wait for its form to be saved. */
    public static final Duration GRACE = Duration.ofDays(1);

    /**
     * Every column that refers to a stored file (table, column). ResidentFilesIT checks this list against the
     * database's foreign keys, so that a new owner of files cannot be forgotten here.
     */
    public static final List<String[]> REFERENCES = List.of(
            new String[] {"case_attachment", "file_id"}, new String[] {"tender_document", "file_id"},
            new String[] {"commune_profile", "arms_id"}, new String[] {"news_article", "image_id"},
            new String[] {"legal_document", "pdf_id"}, new String[] {"legal_document_attachment", "file_id"},
            new String[] {"report_document", "file_id"}, new String[] {"partnership", "convention_id"},
            new String[] {"project_photo", "file_id"}, new String[] {"admin_service_form", "file_id"},
            new String[] {"council_member", "photo_id"}, new String[] {"council_session", "minutes_draft_id"},
            new String[] {"council_agenda_document", "file_id"}, new String[] {"council_minutes", "file_id"},
            new String[] {"council_committee_meeting", "report_id"});

    private static final String UNUSED = "DELETE FROM stored_file WHERE uploaded_by IS NOT NULL AND created_at < ?"
            + REFERENCES.stream().map(r -> " AND NOT EXISTS (SELECT 1 FROM " + r[0] + " x WHERE x." + r[1] + " = stored_file.id)")
                    .collect(Collectors.joining());

    private final String claimant = Leases.newHolder();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    Leases leases;

    @Resource
    SessionContext context;

    @jakarta.annotation.PostConstruct
    void releaseAClaimLeftByThisServer() {
        leases.releaseThisServers(LEASE_KEY);
    }

    @Schedule(minute = "41", hour = "*", persistent = false, info = "unused uploads")
    void onSchedule() {
        try {
            runAt(Instant.now());
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Deleting unused uploads failed; the next run tries again", unexpected);
        }
    }

    /** Deletes the unused uploads older than a day at {@code now}, once that day; how many. */
    public int runAt(Instant now) {
        LocalDate day = now.atZone(CommuneTime.ZONE).toLocalDate();
        if (!leases.claimDay(LEASE_KEY, day, claimant, LEASE)) {
            return 0;
        }
        try {
            int deleted = context.getBusinessObject(UnusedUploads.class).delete(now.minus(GRACE), day);
            if (deleted > 0) {
                LOG.info(() -> "Deleted " + deleted + " uploaded file(s) that no saved item used");
            }
            return deleted;
        } catch (RuntimeException failed) {
            leases.abandon(LEASE_KEY, claimant);
            throw failed;
        }
    }

    /** The deletion and the day marked done, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int delete(Instant before, LocalDate day) {
        int deleted = em.createNativeQuery(UNUSED).setParameter(1, Leases.utc(before)).executeUpdate();
        leases.dayDone(LEASE_KEY, day, claimant);
        return deleted;
    }
}
