package db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole demo, its SQL and its Java migrations, loads on H2 in MySQL mode over the schema and the seed,
 * as {@code DatabaseMigrations} applies it from {@code portal-demo.ear} (MariaDB proves it in the mysql suite).
 */
class DemoContentTest {

    private static final String URL = "jdbc:h2:mem:demo-content;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/seed")
                .table("flyway_seed_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/demo")
                .table("flyway_demo_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    @Test
    void theDemoPublishesNewsEachFiledUnderACategory() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            assertTrue(count(connection, "select count(*) from news_article where status = 'PUBLISHED'") >= 5);
            assertEquals(0, count(connection, "select count(*) from news_article where category_id is null"),
                    "every demo article is filed under a category");
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
