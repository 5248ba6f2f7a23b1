package ma.commune.portal.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import ma.commune.portal.council.boundary.CouncilRecords;
import ma.commune.portal.council.entity.Committee;
import ma.commune.portal.council.entity.CommitteeRole;
import ma.commune.portal.council.entity.CommitteeSeat;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.CouncilRole;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.web.CurrentLanguage;
import ma.commune.portal.shared.web.Messages;

/**
 * What the council's public pages share ({@code #{councilView}}): a member's office in words, the seats
 * held now in a committee or by a member, times in Africa/Casablanca, and plain text split in lines.
 */
@Named
@RequestScoped
public class CouncilView {

    private static final Comparator<CommitteeSeat> BY_SEAT = Comparator.comparing(CommitteeSeat::getRole)
            .thenComparing(seat -> seat.getMember(), CouncilRecords.BY_OFFICE);

    @Inject
    CurrentLanguage language;

    /** "Président", "2e vice-président", ... */
    public String office(CouncilMember member) {
        if (member.getRole() == CouncilRole.VICE_PRESIDENT) {
            // Ordinals are words in Arabic (الأول، الثاني...); written out to keep Western digits in any case.
            int rank = member.getRank();
            String ordinal = rank >= 1 && rank <= 10 ? Messages.text("council.page.ordinal." + rank) : String.valueOf(rank);
            return Messages.text("council.page.office.VICE_PRESIDENT", ordinal);
        }
        return Messages.text("council.page.office." + member.getRole().name());
    }

    /** The seats of a committee that are not over (today or later), chair first. */
    public List<CommitteeSeat> seats(Committee committee) {
        return committee.getSeats().stream().filter(CouncilView::current).sorted(BY_SEAT).toList();
    }

    /** The committee seats a member holds (not over). */
    public List<CommitteeSeat> seatsOf(CouncilMember member) {
        return member.getSeats().stream().filter(CouncilView::current).toList();
    }

    /** The chair of a committee, or none. */
    public CouncilMember chair(Committee committee) {
        return seats(committee).stream().filter(seat -> seat.getRole() == CommitteeRole.CHAIR)
                .map(CommitteeSeat::getMember).findFirst().orElse(null);
    }

    private static boolean current(CommitteeSeat seat) {
        return seat.getEndDate() == null || !seat.getEndDate().isBefore(today());
    }

    /** Whether the member left office before today (a resignation, a death, a successor). */
    public boolean leftOffice(CouncilMember member) {
        return member.getInOfficeUntil() != null && member.getInOfficeUntil().isBefore(today());
    }

    private static LocalDate today() {
        return LocalDate.now(CommuneTime.ZONE);
    }

    /** The time of day in Africa/Casablanca ("10:00"). */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(language.get().formattingLocale()).format(instant.atZone(CommuneTime.ZONE));
    }

    /** For a {@code <time datetime>} attribute: the local time with its offset. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(CommuneTime.ZONE)
                .withNano(0).toOffsetDateTime());
    }

    /** Plain text written one point per line. */
    public List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
