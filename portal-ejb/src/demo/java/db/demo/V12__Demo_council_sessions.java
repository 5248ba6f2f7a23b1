package db.demo;

import db.demo.CouncilDemoCatalogue.Action;
import db.demo.CouncilDemoCatalogue.Axis;
import db.demo.CouncilDemoCatalogue.Item;
import db.demo.CouncilDemoCatalogue.Outcome;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import ma.commune.portal.shared.CommuneTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo content only: the life of the demo council (V11) over the last two years, on dates computed from
 * the day the demo is loaded so that "the last two years" stay true. The action programme with its yearly
 * progress; the ordinary sessions (first week of February, May and October) and two extraordinary ones,
 * concluded, with their agendas, supporting documents, attendance, decisions and minutes, one of them
 * corrected once; the next ordinary session, convened; one cancelled extraordinary session; and the
 * committee meetings that prepared each ordinary session. Everything holds the rules of organic law
 * 113-14 that the secretariat's workflow checks: notice, quorum, votes within the members present.
 */
public class V12__Demo_council_sessions extends BaseJavaMigration {

    private static final String MANDATE = "2021–2027";
    private static final String SECRETARIAT = "secretariat";
    private static final Set<Month> ORDINARY_MONTHS = EnumSet.of(Month.FEBRUARY, Month.MAY, Month.OCTOBER);
    private static final String PLACE_AR = "قاعة المداولات بمقر جماعة ابن جرير";
    private static final String PLACE_FR = "Salle des délibérations, siège de la commune de Ben Guerir";
    private static final String ROOM_AR = "قاعة اللجان بمقر الجماعة";
    private static final String ROOM_FR = "Salle des commissions, siège de la commune";
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final DateTimeFormatter DAY_FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private record Member(long id, String nameFr, String role, LocalDate from, LocalDate until) {
        boolean inOfficeOn(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    private record Seat(long memberId, LocalDate start, LocalDate end) {
        boolean heldOn(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    private record Committee(long id, String nameFr, List<Seat> seats) {
    }

    private enum State { CONCLUDED, CONVENED, CANCELLED }

    private record Planned(boolean ordinary, State state, LocalDate day, Instant start, Instant end) {
    }

    /** A vote as the decision columns hold it; no counts when the item was not voted. */
    private record Vote(Outcome outcome, Integer votesFor, Integer against, Integer abstentions) {
        String fr() {
            return switch (outcome) {
                case ADOPTED -> "adopté (pour " + votesFor + ", contre " + against + ", abstentions " + abstentions + ")";
                case REJECTED -> "rejeté (pour " + votesFor + ", contre " + against + ", abstentions " + abstentions + ")";
                case POSTPONED -> "reporté à une session ultérieure";
            };
        }
    }

    private Connection connection;
    private Instant now;
    /** Nothing the demo says happened is later than this: an hour before the demo is loaded. */
    private Instant latest;
    private long mandate;
    private List<Member> members;
    private Map<Integer, Committee> committees;
    private int ordinaryCursor;
    private int extraordinaryCursor;
    private boolean correctionDone;

    @Override
    public void migrate(Context context) throws Exception {
        connection = context.getConnection();
        Long id = mandateId();
        if (id == null) {
            return; // another commune's demo: no council to give a history to
        }
        mandate = id;
        ordinaryCursor = 0;
        extraordinaryCursor = 0;
        correctionDone = false;
        now = Instant.now();
        latest = now.minus(Duration.ofHours(1));
        LocalDate today = LocalDate.ofInstant(now, CommuneTime.ZONE);
        programme(today);
        members = members();
        portraits();
        committees = committees();
        int ordinary = 0;
        for (Planned planned : schedule(today)) {
            session(planned, planned.ordinary() ? ordinary++ : -1);
        }
    }

    // ---- the action programme

    private void programme(LocalDate today) throws SQLException {
        Instant adopted = at(LocalDate.of(2022, 3, 1), 12, 0);
        Instant reviewed = earlier(at(today.minusDays(20), 10, 0));
        int position = 0;
        try (Batch progress = new Batch("INSERT INTO council_programme_progress (action_id, progress_year, percent) VALUES (?, ?, ?)")) {
            for (Axis axis : CouncilDemoCatalogue.PROGRAMME) {
                long axisId = insert("INSERT INTO council_programme_axis (mandate_id, position, title_ar, title_fr, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", mandate, ++position, axis.titleAr(), axis.titleFr(), adopted, reviewed);
                int actionPosition = 0;
                for (Action action : axis.actions()) {
                    long actionId = insert("INSERT INTO council_programme_action (axis_id, position, title_ar, title_fr, budget,"
                                    + " responsible_ar, responsible_fr, project_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            axisId, ++actionPosition, action.titleAr(), action.titleFr(), action.amount(), action.responsibleAr(),
                            action.responsibleFr(), action.projectFr() == null ? null : projectId(action.projectFr()), adopted, reviewed);
                    // The figure of a year is the progress at its end; the current year's is the latest known.
                    for (int year = 2022; year <= Math.min(today.getYear(), 2027); year++) {
                        progress.add(actionId, year, action.progressIn(year));
                    }
                }
            }
        }
    }

    // ---- the members' portraits

    /** A drawn portrait for each member: a silhouette, since the demo holds no rights on real photographs. */
    private void portraits() throws Exception {
        try (Batch photos = new Batch("UPDATE council_member SET photo_id = ? WHERE id = ?")) {
            for (Member member : members) {
                long file = DemoFiles.store(connection, "conseiller-" + member.id() + ".png", "image/png", portrait(member.id()));
                photos.add(file, member.id());
            }
        }
    }

    /** A 240×300 PNG: head and shoulders in a darker shade of a soft background, one hue per seed. */
    static byte[] portrait(long seed) throws IOException {
        int width = 240;
        int height = 300;
        float hue = new Random(seed * 104_729L).nextFloat();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.18f, 0.96f), 0, height, Color.getHSBColor(hue, 0.30f, 0.84f)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.getHSBColor(hue, 0.30f, 0.48f));
        g.fill(new Ellipse2D.Double(width * 0.12, height * 0.68, width * 0.76, height * 0.64));
        g.fill(new Rectangle2D.Double(width * 0.40, height * 0.50, width * 0.20, height * 0.22));
        g.fill(new Ellipse2D.Double(width * 0.30, height * 0.18, width * 0.40, height * 0.40));
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    // ---- the calendar

    /** The sessions of the last two years and the next one, in their order. */
    private List<Planned> schedule(LocalDate today) throws SQLException {
        LocalDate since = today.minusYears(2);
        LocalDate[] term = mandateTerm();
        List<Planned> sessions = new ArrayList<>();
        boolean nextFound = false;
        for (int year = since.getYear(); year <= today.getYear() + 1; year++) {
            for (Month month : List.of(Month.FEBRUARY, Month.MAY, Month.OCTOBER)) {
                // Organic law 113-14: the first week of February, May and October.
                LocalDate day = LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
                Instant start = at(day, 10, 0);
                Instant end = at(day, 13, 30);
                if (day.isBefore(term[0]) || day.isAfter(term[1])) {
                    continue;
                }
                if (day.isAfter(since) && end.isBefore(latest)) {
                    sessions.add(new Planned(true, State.CONCLUDED, day, start, end));
                } else if (start.isAfter(now) && !nextFound) {
                    sessions.add(new Planned(true, State.CONVENED, day, start, end));
                    nextFound = true;
                }
            }
        }
        // Extraordinary sessions, when a convention or a loan cannot wait for the next ordinary one.
        extraordinary(today.minusMonths(15), State.CONCLUDED, since, term).ifPresent(sessions::add);
        extraordinary(today.minusMonths(9), State.CANCELLED, since, term).ifPresent(sessions::add);
        extraordinary(today.minusMonths(5), State.CONCLUDED, since, term).ifPresent(sessions::add);
        sessions.sort(Comparator.comparing(Planned::start));
        return sessions;
    }

    private Optional<Planned> extraordinary(LocalDate around, State state, LocalDate since, LocalDate[] term) {
        YearMonth month = YearMonth.from(around);
        if (ORDINARY_MONTHS.contains(month.getMonth())) {
            month = month.plusMonths(1);
        }
        LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
        Instant start = at(day, 15, 0);
        Instant end = at(day, 17, 30);
        boolean fits = day.isAfter(since) && !day.isBefore(term[0]) && !day.isAfter(term[1]) && end.isBefore(latest);
        return fits ? Optional.of(new Planned(false, state, day, start, end)) : Optional.empty();
    }

    // ---- a session

    private void session(Planned planned, int ordinaryIndex) throws Exception {
        Random random = new Random(planned.day().toEpochDay());
        List<Item> items = items(planned, ordinaryIndex);
        // Notice: 12 to 15 days before an ordinary session (the law asks 10), 5 before an extraordinary one (3).
        Instant agendaPublished = earlier(at(planned.day().minusDays(planned.ordinary() ? 12 + random.nextInt(4) : 5), 10, 0));
        LocalDate convocation = LocalDate.ofInstant(agendaPublished, CommuneTime.ZONE);
        Instant created = agendaPublished.minus(Duration.ofDays(6));

        // Attendance and votes of a concluded session.
        Map<Long, String> attendance = new LinkedHashMap<>();
        List<Vote> votes = new ArrayList<>();
        int inOffice = 0;
        int present = 0;
        if (planned.state() == State.CONCLUDED) {
            List<Member> sitting = members.stream().filter(m -> m.inOfficeOn(planned.day())).toList();
            inOffice = sitting.size();
            for (Member member : sitting) {
                int draw = random.nextInt(100);
                String presence = "PRESIDENT".equals(member.role()) || draw < 84 ? "PRESENT" : draw < 94 ? "EXCUSED" : "ABSENT";
                attendance.put(member.id(), presence);
            }
            // Organic law 113-14: the council deliberates with more than half of the members in office present.
            for (Member member : sitting) {
                if (count(attendance, "PRESENT") * 2 > inOffice) {
                    break;
                }
                attendance.put(member.id(), "PRESENT");
            }
            present = count(attendance, "PRESENT");
            for (Item item : items) {
                votes.add(vote(item, present, random));
            }
        }

        // Minutes: published three to four weeks after the session, by the secretariat.
        Instant minutesPublished = planned.state() == State.CONCLUDED
                ? earlier(planned.end().plus(Duration.ofDays(18 + random.nextInt(8))).plus(Duration.ofHours(2))) : null;
        boolean corrected = planned.state() == State.CONCLUDED && planned.ordinary() && ordinaryIndex == 1 && !correctionDone;
        Instant correctedAt = corrected ? earlier(minutesPublished.plus(Duration.ofDays(16))) : null;
        if (corrected && !correctedAt.isAfter(minutesPublished)) {
            correctedAt = minutesPublished.plus(Duration.ofMinutes(20));
        }
        Long minutesFile = minutesPublished == null ? null
                : DemoFiles.storePdf(connection, "pv-" + planned.day() + ".pdf", "Procès-verbal - " + titleFr(planned),
                minutesLines(planned, items, votes, attendance, inOffice, null));

        Instant updated = switch (planned.state()) {
            case CONCLUDED -> corrected ? correctedAt : minutesPublished;
            case CONVENED -> agendaPublished;
            case CANCELLED -> earlier(at(planned.day().minusDays(2), 16, 0));
        };
        long sessionId = insert("INSERT INTO council_session (mandate_id, kind, state, starts_at, ends_at, place_ar, place_fr,"
                        + " public_session, convocation_date, agenda_published_at, minutes_draft_id, sequence, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                mandate, planned.ordinary() ? "ORDINARY" : "EXTRAORDINARY", planned.state().name(), planned.start(), planned.end(),
                PLACE_AR, PLACE_FR, true, convocation, agendaPublished, minutesFile,
                planned.state() == State.CANCELLED ? 1 : 0, created, updated);

        // The agenda, its documents and, once concluded, the decisions (their first version published with the minutes).
        List<Long> itemIds = new ArrayList<>();
        try (Batch documents = new Batch("INSERT INTO council_agenda_document (item_id, file_id, label_ar, label_fr, position) VALUES (?, ?, ?, ?, 0)");
             Batch decisions = new Batch("INSERT INTO council_decision (item_id, version_number, outcome, votes_for, votes_against,"
                     + " abstentions, text_ar, text_fr, correction_reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Integer correctedNumber = null;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                int number = i + 1;
                Vote vote = votes.isEmpty() ? null : votes.get(i);
                Vote published = vote;
                if (corrected && correctedNumber == null && vote != null && vote.outcome() == Outcome.ADOPTED
                        && vote.votesFor() - 1 >= vote.against()) {
                    // A counting error on the vote sheet, found after publication: one vote for was an abstention.
                    correctedNumber = number;
                    published = new Vote(Outcome.ADOPTED, vote.votesFor() - 1, vote.against(), vote.abstentions() + 1);
                }
                Instant itemUpdated = vote == null ? agendaPublished
                        : correctedNumber != null && correctedNumber == number ? correctedAt.minus(Duration.ofMinutes(10)) : minutesPublished;
                long itemId = insert("INSERT INTO council_agenda_item (session_id, number, title_ar, title_fr, summary_ar, summary_fr,"
                                + " draft_outcome, draft_votes_for, draft_votes_against, draft_abstentions, draft_text_ar, draft_text_fr,"
                                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        sessionId, number, item.titleAr(), item.titleFr(), item.summaryAr(), item.summaryFr(),
                        published == null ? null : published.outcome().name(),
                        published == null ? null : published.votesFor(), published == null ? null : published.against(),
                        published == null ? null : published.abstentions(),
                        published == null ? null : textAr(item, published), published == null ? null : textFr(item, published),
                        created, itemUpdated);
                itemIds.add(itemId);
                if (item.documentFr() != null) {
                    List<String> lines = new ArrayList<>(List.of("Commune de Ben Guerir - Conseil communal", titleFr(planned),
                            "Point n° " + number + " de l'ordre du jour", ""));
                    lines.addAll(DemoText.wrap(item.titleFr(), 88));
                    lines.add("");
                    lines.addAll(DemoText.wrap(item.summaryFr(), 88));
                    lines.add("");
                    lines.add("Document de démonstration.");
                    long file = DemoFiles.storePdf(connection, "session-" + planned.day() + "-point-" + number + ".pdf",
                            item.documentFr(), lines);
                    documents.add(itemId, file, item.documentAr(), item.documentFr());
                }
                if (vote != null) {
                    decisions.add(itemId, 1, vote.outcome().name(), vote.votesFor(), vote.against(), vote.abstentions(),
                            textAr(item, vote), textFr(item, vote), null, minutesPublished, SECRETARIAT);
                    if (published != vote) {
                        decisions.add(itemId, 2, published.outcome().name(), published.votesFor(), published.against(),
                                published.abstentions(), textAr(item, published), textFr(item, published),
                                "تصحيح خطأ مادي في عدد الممتنعين عن التصويت كما ورد في ورقة التصويت — Correction d'une erreur"
                                        + " matérielle : le nombre d'abstentions relevé sur la feuille de vote",
                                correctedAt.minus(Duration.ofMinutes(10)), SECRETARIAT);
                    }
                }
            }
            if (minutesFile != null) {
                insert("INSERT INTO council_minutes (session_id, version_number, file_id, correction_reason, published_at, published_by)"
                        + " VALUES (?, 1, ?, NULL, ?, ?)", sessionId, minutesFile, minutesPublished, SECRETARIAT);
            }
            if (corrected) {
                String reason = "إدراج تصحيح المقرر المتعلق بالنقطة رقم " + correctedNumber + " وتصحيح اسم عضو حاضر"
                        + " — Intégration de la correction de la décision sur le point n° " + correctedNumber
                        + " et rectification du nom d'un membre présent";
                long file = DemoFiles.storePdf(connection, "pv-" + planned.day() + "-v2.pdf", "Procès-verbal - " + titleFr(planned),
                        minutesLines(planned, items, corrected(votes, correctedNumber), attendance, inOffice,
                                "Version 2 corrigée : décision du point n° " + correctedNumber + " (abstentions)."));
                insert("INSERT INTO council_minutes (session_id, version_number, file_id, correction_reason, published_at, published_by)"
                        + " VALUES (?, 2, ?, ?, ?, ?)", sessionId, file, reason, correctedAt, SECRETARIAT);
                correctionDone = true;
            }
        }
        try (Batch rows = new Batch("INSERT INTO council_attendance (session_id, member_id, presence) VALUES (?, ?, ?)")) {
            for (Map.Entry<Long, String> entry : attendance.entrySet()) {
                rows.add(sessionId, entry.getKey(), entry.getValue());
            }
        }
        if (planned.ordinary() && planned.state() != State.CANCELLED) {
            meetings(planned, items, itemIds, random);
        }
    }

    /** The items of a session: the month's fixed ones first, then the next subjects of the catalogue. */
    private List<Item> items(Planned planned, int ordinaryIndex) {
        List<Item> items = new ArrayList<>();
        if (planned.ordinary()) {
            items.addAll(CouncilDemoCatalogue.fixedItems(planned.day().getMonth(), planned.day().getYear()));
            int more = 3 + ordinaryIndex % 3;
            for (int i = 0; i < more; i++) {
                items.add(CouncilDemoCatalogue.ORDINARY.get(ordinaryCursor++ % CouncilDemoCatalogue.ORDINARY.size()));
            }
        } else {
            int count = planned.state() == State.CANCELLED ? 2 : 4;
            for (int i = 0; i < count; i++) {
                items.add(CouncilDemoCatalogue.EXTRAORDINARY.get(extraordinaryCursor++ % CouncilDemoCatalogue.EXTRAORDINARY.size()));
            }
        }
        return items;
    }

    /**
     * How the council voted: a few members present do not vote (they left the room), a handful abstain; the
     * opposition votes against the contested items. The counts never exceed the members present.
     */
    private static Vote vote(Item item, int present, Random random) {
        if (item.outcome() == Outcome.POSTPONED) {
            return new Vote(Outcome.POSTPONED, null, null, null);
        }
        int notVoting = random.nextInt(3);
        int abstentions = random.nextInt(4);
        int voters = present - notVoting - abstentions;
        if (item.outcome() == Outcome.REJECTED) {
            int votesFor = Math.min(6 + random.nextInt(4), voters / 3);
            return new Vote(Outcome.REJECTED, votesFor, voters - votesFor, abstentions);
        }
        int against = Math.min(item.contested() ? 4 + random.nextInt(4) : random.nextInt(3), voters / 3);
        return new Vote(Outcome.ADOPTED, voters - against, against, abstentions);
    }

    private static List<Vote> corrected(List<Vote> votes, int number) {
        List<Vote> copy = new ArrayList<>(votes);
        Vote vote = copy.get(number - 1);
        copy.set(number - 1, new Vote(vote.outcome(), vote.votesFor() - 1, vote.against(), vote.abstentions() + 1));
        return copy;
    }

    private static String textAr(Item item, Vote vote) {
        return switch (vote.outcome()) {
            case ADOPTED -> "بعد المداولة، صادق المجلس الجماعي على: " + item.titleAr()
                    + "، وكلف رئيس المجلس باتخاذ الإجراءات اللازمة لتنفيذ هذا المقرر.";
            case REJECTED -> "بعد المداولة، رفض المجلس الجماعي: " + item.titleAr() + ".";
            case POSTPONED -> "قرر المجلس الجماعي تأجيل البت في هذه النقطة إلى دورة لاحقة، في انتظار استكمال دراستها من طرف اللجنة المختصة.";
        };
    }

    private static String textFr(Item item, Vote vote) {
        return switch (vote.outcome()) {
            case ADOPTED -> "Après délibération, le conseil communal approuve : " + item.titleFr()
                    + ". Il charge le président du conseil de prendre les mesures nécessaires à l'exécution de la présente décision.";
            case REJECTED -> "Après délibération, le conseil communal rejette : " + item.titleFr() + ".";
            case POSTPONED -> "Le conseil communal reporte l'examen de ce point à une session ultérieure, dans l'attente"
                    + " d'une étude complémentaire par la commission compétente.";
        };
    }

    /** The one-page minutes: who attended, and each item's outcome and vote (the PDF's font has no Arabic). */
    private List<String> minutesLines(Planned planned, List<Item> items, List<Vote> votes, Map<Long, String> attendance,
                                      int inOffice, String correction) {
        List<String> lines = new ArrayList<>();
        lines.add("Commune de Ben Guerir - Conseil communal, mandat 2021-2027");
        lines.add("Séance du " + planned.day().format(DAY_FR) + " à " + LocalTime.ofInstant(planned.start(), CommuneTime.ZONE)
                .format(DateTimeFormatter.ofPattern("H'h'mm")));
        lines.add("Lieu : " + PLACE_FR);
        lines.add("Membres en fonction : " + inOffice + " - présents : " + count(attendance, "PRESENT") + " - excusés : "
                + count(attendance, "EXCUSED") + " - absents : " + count(attendance, "ABSENT"));
        lines.add("Le quorum étant atteint, le conseil délibère valablement.");
        if (correction != null) {
            lines.add(correction);
        }
        lines.add("");
        for (int i = 0; i < items.size(); i++) {
            List<String> wrapped = DemoText.wrap("Point " + (i + 1) + " : " + items.get(i).titleFr() + " - " + votes.get(i).fr() + ".", 88);
            lines.addAll(wrapped);
        }
        lines.add("");
        lines.add("Le président du conseil : " + memberWithRole("PRESIDENT"));
        lines.add("Le secrétaire du conseil : " + memberWithRole("SECRETARY"));
        lines.add("Document de démonstration.");
        return lines;
    }

    // ---- committee meetings

    /**
     * The committees that prepared the session's items met in the days before it (two or three of them),
     * in the committee room; the budget and social committees open their meetings to the public.
     */
    private void meetings(Planned planned, List<Item> items, List<Long> itemIds, Random random) throws SQLException {
        Map<Integer, List<Integer>> byCommittee = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            byCommittee.computeIfAbsent(items.get(i).committee(), c -> new ArrayList<>()).add(i);
        }
        // The committees with the most items meet; the one closest to the session first.
        List<Map.Entry<Integer, List<Integer>>> busiest = byCommittee.entrySet().stream()
                .filter(entry -> committees.containsKey(entry.getKey()))
                .sorted(Comparator.comparing((Map.Entry<Integer, List<Integer>> entry) -> -entry.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(3).toList();
        int order = 0;
        for (Map.Entry<Integer, List<Integer>> entry : busiest) {
            Committee committee = committees.get(entry.getKey());
            LocalDate day = weekday(planned.day().minusDays(5 + 2L * order++));
            Instant start = at(day, 15, 0);
            Instant end = at(day, 17, 0);
            boolean held = end.isBefore(latest);
            boolean publicMeeting = entry.getKey() == CouncilDemoCatalogue.BUDGET || entry.getKey() == CouncilDemoCatalogue.SOCIAL;
            StringBuilder agendaAr = new StringBuilder();
            StringBuilder agendaFr = new StringBuilder();
            List<String> report = new ArrayList<>(List.of("Commune de Ben Guerir - " + committee.nameFr(),
                    "Réunion du " + day.format(DAY_FR) + " à 15h00 - " + ROOM_FR, "Préparation de la " + titleFr(planned).toLowerCase(Locale.FRENCH), ""));
            for (int index : entry.getValue()) {
                Item item = items.get(index);
                agendaAr.append(item.titleAr()).append('\n');
                agendaFr.append(item.titleFr()).append('\n');
                report.addAll(DemoText.wrap("Point " + (index + 1) + " : " + item.titleFr() + ". Avis de la commission : "
                        + (item.outcome() == Outcome.POSTPONED ? "étude complémentaire demandée." : "favorable à la majorité."), 88));
            }
            agendaAr.append("قضايا مختلفة");
            agendaFr.append("Questions diverses");
            report.add("");
            report.add("Le rapporteur de la commission. Document de démonstration.");
            Long reportFile = held ? DemoFiles.storePdf(connection, "commission-" + entry.getKey() + "-" + day + ".pdf",
                    "Rapport de la commission", report) : null;
            Instant announced = earlier(at(day.minusDays(7), 11, 0));
            Instant updated = held ? earlier(end.plus(Duration.ofDays(1))) : announced;
            long meetingId = insert("INSERT INTO council_committee_meeting (committee_id, state, starts_at, ends_at, place_ar, place_fr,"
                            + " public_meeting, agenda_ar, agenda_fr, report_id, sequence, created_at, updated_at, version)"
                            + " VALUES (?, 'ANNOUNCED', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)",
                    committee.id(), start, end, ROOM_AR, ROOM_FR, publicMeeting, agendaAr.toString(), agendaFr.toString(),
                    reportFile, announced.minus(Duration.ofDays(2)), updated);
            try (Batch prepared = new Batch("INSERT INTO council_meeting_item (meeting_id, item_id) VALUES (?, ?)")) {
                for (int index : entry.getValue()) {
                    prepared.add(meetingId, itemIds.get(index));
                }
            }
            if (held) {
                try (Batch rows = new Batch("INSERT INTO council_committee_attendance (meeting_id, member_id, presence) VALUES (?, ?, ?)")) {
                    for (Seat seat : committee.seats()) {
                        if (seat.heldOn(day)) {
                            int draw = random.nextInt(100);
                            rows.add(meetingId, seat.memberId(), draw < 80 ? "PRESENT" : draw < 93 ? "EXCUSED" : "ABSENT");
                        }
                    }
                }
            }
        }
    }

    /** Committees meet on working days: a weekend day moves back to the Friday. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    // ---- what the migration reads

    private Long mandateId() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM council_mandate WHERE name = ?")) {
            select.setString(1, MANDATE);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private LocalDate[] mandateTerm() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT start_date, end_date FROM council_mandate WHERE id = ?")) {
            select.setLong(1, mandate);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new LocalDate[] {row.getDate(1).toLocalDate(), row.getDate(2).toLocalDate()};
            }
        }
    }

    private List<Member> members() throws SQLException {
        List<Member> list = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name_fr, council_role, in_office_from, in_office_until"
                + " FROM council_member WHERE mandate_id = ? ORDER BY id")) {
            select.setLong(1, mandate);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    java.sql.Date until = rows.getDate(5);
                    list.add(new Member(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getDate(4).toLocalDate(),
                            until == null ? null : until.toLocalDate()));
                }
            }
        }
        return list;
    }

    /** The committees by their position, with their seats. */
    private Map<Integer, Committee> committees() throws SQLException {
        Map<Integer, Committee> map = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, position, name_fr FROM council_committee WHERE mandate_id = ?")) {
            select.setLong(1, mandate);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    map.put(rows.getInt(2), new Committee(rows.getLong(1), rows.getString(3), new ArrayList<>()));
                }
            }
        }
        for (Committee committee : map.values()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT member_id, start_date, end_date FROM council_committee_seat WHERE committee_id = ? ORDER BY id")) {
                select.setLong(1, committee.id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        java.sql.Date end = rows.getDate(3);
                        committee.seats().add(new Seat(rows.getLong(1), rows.getDate(2).toLocalDate(), end == null ? null : end.toLocalDate()));
                    }
                }
            }
        }
        return map;
    }

    private Long projectId(String titleFr) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM project WHERE title_fr = ?")) {
            select.setString(1, titleFr);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private String memberWithRole(String role) {
        return members.stream().filter(m -> role.equals(m.role())).map(Member::nameFr).findFirst().orElse("");
    }

    // ---- helpers

    /** "Session ordinaire de mai 2025", as the domain names sessions. */
    private static String titleFr(Planned planned) {
        String month = MONTHS_FR[planned.day().getMonthValue() - 1];
        return (planned.ordinary() ? "Session ordinaire " : "Session extraordinaire ")
                + ("aeiouy".indexOf(month.charAt(0)) >= 0 ? "d'" : "de ") + month + " " + planned.day().getYear();
    }

    private static int count(Map<Long, String> attendance, String presence) {
        return (int) attendance.values().stream().filter(presence::equals).count();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(CommuneTime.ZONE).toInstant();
    }

    /** An instant the demo presents as past: never later than an hour before it was loaded. */
    private Instant earlier(Instant instant) {
        return instant.isAfter(latest) ? latest : instant;
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, values);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant instant) {
                // Instants are stored in UTC, like DemoFiles and the application's own writes.
                statement.setTimestamp(i + 1, Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
            } else if (value instanceof LocalDate day) {
                statement.setDate(i + 1, java.sql.Date.valueOf(day));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** Rows of one table sent together (one round trip per hundred rows). */
    private final class Batch implements AutoCloseable {
        private final PreparedStatement statement;
        private int pending;

        Batch(String sql) throws SQLException {
            statement = connection.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            bind(statement, values);
            statement.addBatch();
            if (++pending == 100) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try (statement) {
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }
    }
}
