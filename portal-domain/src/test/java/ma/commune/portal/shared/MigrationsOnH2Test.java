package ma.commune.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations and the commune's seed load on H2 in MySQL mode, the zero-setup database (MariaDB proves
 * the same files in the mysql integration suite). The demo content is portal-ejb's (db.demo.DemoContentTest).
 */
class MigrationsOnH2Test {

    private static final String URL = "jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void schemaAndSeedApplyCleanly() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/seed")
                .table("flyway_seed_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();

        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            assertEquals(1, count(connection, "select count(*) from commune_profile"));
            assertTrue(count(connection, "select count(*) from department") >= 5);
            assertTrue(count(connection, "select count(*) from admin_service where status = 'PUBLISHED'"
                    + " and name_ar is not null and name_fr is not null and category_id is not null") >= 16);
            assertTrue(count(connection, "select count(*) from news_category") >= 6);
            assertEquals(11, count(connection, "select count(*) from request_category c join department d on d.id = c.department_id"),
                    "the eleven Allo Citizen categories, each with its department");
            assertEquals(3, count(connection, "select count(*) from request_category where target_unit = 'HOURS'"
                    + " and emergency_numbers is not null"), "the urgent services counted in hours, with the emergency numbers");
            assertEquals(11, count(connection, "select count(*) from public_holiday where kind = 'FIXED'"));
            assertTrue(count(connection, "select count(*) from public_holiday where kind = 'ISLAMIC'"
                    + " and year(first_date) = 2027") >= 4, "the Islamic holidays of next year are seeded");
            try (ResultSet name = connection.createStatement().executeQuery("select name_ar from commune_profile")) {
                name.next();
                assertEquals("جماعة ابن جرير", name.getString(1));
            }
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
