package ma.commune.portal.council.entity;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of organic law 113-14 on the council's sessions that the portal checks and the secretariat may
 * knowingly override. The notice periods are the commune's configuration (defaults: 10 days before an
 * ordinary session, 3 before an extraordinary one).
 */
public record CouncilRules(int ordinaryNoticeDays, int extraordinaryNoticeDays) {

    /** Organic law 113-14: ordinary sessions are held in the first week of February, May and October. */
    public static final Set<Month> ORDINARY_MONTHS = EnumSet.of(Month.FEBRUARY, Month.MAY, Month.OCTOBER);

    public static final CouncilRules DEFAULT = new CouncilRules(10, 3);

    public int noticeDays(SessionKind kind) {
        return kind == SessionKind.ORDINARY ? ordinaryNoticeDays : extraordinaryNoticeDays;
    }

    public Optional<RuleWarning> monthOf(SessionKind kind, LocalDate day) {
        return kind == SessionKind.ORDINARY && !ORDINARY_MONTHS.contains(day.getMonth())
                ? Optional.of(new RuleWarning("council.warning.ordinaryOutsideMonth"))
                : Optional.empty();
    }

    /** The agenda must reach the members and the public at least the notice period before the session. */
    public Optional<RuleWarning> notice(SessionKind kind, LocalDate convocation, LocalDate session) {
        long days = ChronoUnit.DAYS.between(convocation, session);
        return days < noticeDays(kind)
                ? Optional.of(new RuleWarning("council.warning.lateNotice", days, noticeDays(kind)))
                : Optional.empty();
    }

    /** Organic law 113-14: the council deliberates validly with more than half of its members in office present. */
    public Optional<RuleWarning> quorum(int present, int membersInOffice) {
        return present * 2 <= membersInOffice
                ? Optional.of(new RuleWarning("council.warning.noQuorum", present, membersInOffice))
                : Optional.empty();
    }

    public Optional<RuleWarning> votersPresent(int voters, int present) {
        return voters > present
                ? Optional.of(new RuleWarning("council.warning.votesExceedPresent", voters, present))
                : Optional.empty();
    }
}
