package db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.council.entity.Decision;
import ma.commune.portal.council.entity.DecisionOutcome;
import ma.commune.portal.shared.CommuneTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo council loads on H2 with every migration and keeps the rules the secretariat's workflow
 * enforces (the integration test CouncilDemoIT reads the same demo through the council's services).
 */
class CouncilDemoTest {

    private static final String URL = "jdbc:h2:mem:council-demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/seed")
                .table("flyway_seed_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/demo")
                .table("flyway_demo_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    @Test
    void thirtyFiveMembersAreInOfficeAndOneLeftIn2024() throws SQLException {
        try (Connection c = connect()) {
            LocalDate today = LocalDate.now(CommuneTime.ZONE);
            assertEquals(35, count(c, "select count(*) from council_member where in_office_from <= ? and (in_office_until is null"
                    + " or in_office_until >= ?)", today, today));
            assertEquals(36, count(c, "select count(*) from council_member"));
            assertEquals(1, count(c, "select count(*) from council_member where council_role = 'PRESIDENT'"));
            assertEquals(7, count(c, "select count(distinct role_rank) from council_member where council_role = 'VICE_PRESIDENT' and role_rank between 1 and 7"));
            assertEquals(1, count(c, "select count(*) from council_member where in_office_until between '2024-01-01' and '2024-12-31'"));
            assertEquals(36, count(c, "select count(*) from council_member m join stored_file f on f.id = m.photo_id"
                    + " where f.content_type = 'image/png'"), "a drawn portrait each");
        }
    }

    @Test
    void everyCommitteeHasOneChairAndSixToNineMembers() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(4, count(c, "select count(*) from council_committee where permanent = true"));
            for (long committee : ids(c, "select id from council_committee")) {
                assertEquals(1, count(c, "select count(*) from council_committee_seat where committee_id = ? and seat_role = 'CHAIR'"
                        + " and end_date is null", committee));
                int seated = count(c, "select count(*) from council_committee_seat where committee_id = ? and end_date is null", committee);
                assertTrue(seated >= 6 && seated <= 9, "seats " + seated);
            }
        }
    }

    @Test
    void concludedSessionsKeepQuorumVotesAndPublishedVersions() throws SQLException {
        try (Connection c = connect()) {
            List<Long> concluded = ids(c, "select id from council_session where state = 'CONCLUDED'");
            assertTrue(concluded.size() >= 8, "6 ordinary and 2 extraordinary sessions: " + concluded.size());
            for (long session : concluded) {
                int present = count(c, "select count(*) from council_attendance where session_id = ? and presence = 'PRESENT'", session);
                int inOffice = count(c, "select count(*) from council_attendance where session_id = ?", session);
                assertTrue(inOffice >= 35 && present * 2 > inOffice, "quorum of session " + session);
                int items = count(c, "select count(*) from council_agenda_item where session_id = ?", session);
                assertTrue(items >= 4 && items <= 9, "items " + items);
                assertEquals(items, count(c, "select max(number) from council_agenda_item where session_id = ?", session));
                assertEquals(items, count(c, "select count(distinct d.item_id) from council_decision d join council_agenda_item i"
                        + " on i.id = d.item_id where i.session_id = ? and d.version_number = 1", session));
                assertTrue(count(c, "select count(*) from council_minutes where session_id = ? and version_number = 1", session) == 1);
                try (PreparedStatement select = c.prepareStatement("select d.outcome, d.votes_for, d.votes_against, d.abstentions,"
                        + " i.draft_outcome, i.draft_votes_for, i.draft_votes_against, i.draft_abstentions, i.draft_text_fr, d.text_fr"
                        + " from council_decision d join council_agenda_item i on i.id = d.item_id where i.session_id = ?"
                        + " and d.version_number = (select max(version_number) from council_decision where item_id = i.id)")) {
                    select.setLong(1, session);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            Decision decision = new Decision(DecisionOutcome.valueOf(rows.getString(1)), (Integer) rows.getObject(2),
                                    (Integer) rows.getObject(3), (Integer) rows.getObject(4), null);
                            decision.check(inOffice);
                            assertTrue(decision.total() <= present, "votes within the members present");
                            for (int column = 1; column <= 4; column++) {
                                assertEquals(rows.getObject(column), rows.getObject(column + 4), "draft equals the published decision");
                            }
                            assertEquals(rows.getString(10), rows.getString(9));
                        }
                    }
                }
            }
            assertEquals(1, count(c, "select count(*) from council_minutes where version_number = 2 and correction_reason is not null"));
            assertEquals(1, count(c, "select count(*) from council_decision where version_number = 2 and correction_reason is not null"));
            assertTrue(count(c, "select count(*) from council_decision where outcome = 'REJECTED'") >= 1);
            assertTrue(count(c, "select count(*) from council_decision where outcome = 'POSTPONED' and votes_for is null") >= 1);
            assertTrue(count(c, "select count(*) from council_agenda_document") >= 8);
        }
    }

    @Test
    void theNextSessionIsConvenedAndOneWasCancelled() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(1, count(c, "select count(*) from council_session where state = 'CONVENED' and starts_at > current_timestamp"
                    + " and agenda_published_at < current_timestamp"));
            assertEquals(0, count(c, "select count(*) from council_attendance a join council_session s on s.id = a.session_id"
                    + " where s.state <> 'CONCLUDED'"));
            assertEquals(1, count(c, "select count(*) from council_session where state = 'CANCELLED' and sequence = 1"));
            assertTrue(count(c, "select count(*) from council_committee_meeting m where report_id is not null and exists"
                    + " (select 1 from council_meeting_item i where i.meeting_id = m.id)") >= 12);
            assertTrue(count(c, "select count(*) from council_committee_meeting where public_meeting = true") >= 6);
        }
    }

    @Test
    void theProgrammeHasItsAxesActionsProgressAndProjects() throws SQLException {
        try (Connection c = connect()) {
            int year = Math.min(LocalDate.now(CommuneTime.ZONE).getYear(), 2027);
            assertEquals(5, count(c, "select count(*) from council_programme_axis"));
            int actions = count(c, "select count(*) from council_programme_action");
            assertEquals(20, actions);
            assertEquals(actions * (year - 2021), count(c, "select count(*) from council_programme_progress"));
            assertEquals(3, count(c, "select count(*) from council_programme_action where project_id is not null"));
        }
    }

    @Test
    void aPortraitIsASmallPng() throws Exception {
        byte[] png = V12__Demo_council_sessions.portrait(7);
        assertEquals((byte) 0x89, png[0]);
        assertTrue(png.length < 20_000, "size " + png.length);
        java.nio.file.Path target = java.nio.file.Path.of("target", "demo-portrait.png");
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.write(target, png);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "");
    }

    private static int count(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i] instanceof LocalDate day ? java.sql.Date.valueOf(day) : values[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        assertFalse(ids.isEmpty(), sql);
        return ids;
    }
}
