package db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The demo's drawn illustrations: every demo article gets one, and they are small PNGs. */
class DemoImagesTest {

    private static final String URL = "jdbc:h2:mem:demo-images;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void eachIllustrationIsASmallPng() throws Exception {
        byte[] png = V2__Demo_images.draw(new Random(42));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(png.length < 150_000, "size " + png.length);
        Path target = Path.of("target", "demo-illustration.png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
    }

    @Test
    void everyDemoArticleGetsAnIllustration() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/seed")
                .table("flyway_seed_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/demo")
                .table("flyway_demo_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select count(*), count(image_id) from news_article")) {
            rows.next();
            assertTrue(rows.getInt(1) > 0);
            assertEquals(rows.getInt(1), rows.getInt(2), "every demo article has an image");
        }
    }
}
