package db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole demo, its SQL and its Java migrations, loads on H2 in MySQL mode over the schema and the seed,
 * as {@code DatabaseMigrations} applies it from {@code portal-demo.ear} (MariaDB proves it in the mysql suite).
 * The database here already has one of the demo's accounts, as every database the demo filled before its
 * accounts became a migration has them all.
 */
class DemoContentTest {

    private static final String URL = "jdbc:h2:mem:demo-content;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    private static final String PUBLISHED_PASSWORD = "BenGuerir-demo-2026";
    private static final String EARLIER_HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/seed")
                .table("flyway_seed_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            connection.createStatement().executeUpdate("insert into account (username, display_name, password_hash, department_id)"
                    + " select 'information', 'Information', '" + EARLIER_HASH + "', id from department where code = 'GENERAL_DIRECTORATE'");
            connection.createStatement().executeUpdate("insert into account_role (account_id, role)"
                    + " select id, 'EDITOR' from account where username = 'information'");
        }
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

    @Test
    void theDemoHasOneAccountPerRoleWithThePublishedPassword() throws Exception {
        Map<String, String> roles = Map.of("editor", "EDITOR", "secretariat", "SECRETARIAT", "finance", "FINANCE",
                "agent", "AGENT", "agent.cleaning", "AGENT", "head.technical", "AGENT");
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            for (Map.Entry<String, String> account : roles.entrySet()) {
                try (ResultSet rs = connection.createStatement().executeQuery("select a.password_hash, a.active,"
                        + " (select listagg(r.role, ',') from account_role r where r.account_id = a.id)"
                        + " from account a where a.username = '" + account.getKey() + "'")) {
                    assertTrue(rs.next(), account.getKey());
                    assertTrue(verifies(PUBLISHED_PASSWORD, rs.getString(1)), account.getKey() + "'s password is the README's");
                    assertTrue(rs.getBoolean(2), account.getKey() + " is active");
                    assertEquals(account.getValue(), rs.getString(3), account.getKey() + "'s roles");
                }
            }
            try (ResultSet head = connection.createStatement().executeQuery("select a.department_head, a.email, d.code"
                    + " from account a join department d on d.id = a.department_id where a.username = 'head.technical'")) {
                assertTrue(head.next());
                assertTrue(head.getBoolean(1), "head of department");
                assertEquals("chef.technique@example.ma", head.getString(2), "the morning email of the cases due goes there");
                assertEquals("TECHNICAL_SERVICES", head.getString(3));
            }
        }
    }

    @Test
    void anAccountTheDemoFindsIsLeftAsItIs() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             ResultSet rs = connection.createStatement().executeQuery("select a.password_hash,"
                     + " (select listagg(r.role, ',') from account_role r where r.account_id = a.id)"
                     + " from account a where a.username = 'information'")) {
            assertTrue(rs.next());
            assertEquals(EARLIER_HASH, rs.getString(1));
            assertEquals("EDITOR", rs.getString(2), "its roles untouched");
        }
    }

    /** As Jakarta Security's Pbkdf2PasswordHash verifies: algorithm:iterations:salt:hash, Base64, the key as long as the hash. */
    private static boolean verifies(String password, String stored) throws Exception {
        String[] parts = stored.split(":");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        byte[] computed = SecretKeyFactory.getInstance(parts[0])
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, Integer.parseInt(parts[1]), hash.length * 8)).getEncoded();
        return MessageDigest.isEqual(hash, computed);
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
