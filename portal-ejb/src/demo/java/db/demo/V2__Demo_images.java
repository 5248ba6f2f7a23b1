package db.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo content only: gives each demo news article an illustration (a drawn townscape of the
 * Haouz plain: sky, hills, white houses, palms), so that the demo looks like a living portal
 * without shipping photographs whose rights we do not hold. Drawn here, stored like any upload.
 */
public class V2__Demo_images extends BaseJavaMigration {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Long> articles = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id FROM news_article WHERE image_id IS NULL ORDER BY id")) {
            while (rows.next()) {
                articles.add(rows.getLong(1));
            }
        }
        for (long article : articles) {
            byte[] png = draw(new Random(article * 7919L));
            long file = DemoFiles.store(connection, "demo-" + article + ".png", "image/png", png);
            try (PreparedStatement update = connection.prepareStatement("UPDATE news_article SET image_id = ? WHERE id = ?")) {
                update.setLong(1, file);
                update.setLong(2, article);
                update.executeUpdate();
            }
        }
    }

    static byte[] draw(Random random) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = 0.52f + random.nextFloat() * 0.1f;
        boolean evening = random.nextInt(3) == 0;
        Color top = evening ? new Color(0xF2, 0x8C, 0x52) : Color.getHSBColor(hue, 0.45f, 0.95f);
        Color bottom = evening ? new Color(0xFB, 0xD7, 0x8B) : Color.getHSBColor(hue, 0.12f, 1f);
        g.setPaint(new GradientPaint(0, 0, top, 0, HEIGHT * 0.7f, bottom));
        g.fillRect(0, 0, WIDTH, HEIGHT);

        int sunX = 120 + random.nextInt(560);
        g.setColor(evening ? new Color(0xFF, 0xF1, 0xC1) : new Color(0xFF, 0xE6, 0x8A));
        g.fill(new Ellipse2D.Double(sunX, 50 + random.nextInt(60), 70, 70));

        // The Jbilet hills on the horizon.
        Path2D hills = new Path2D.Double();
        hills.moveTo(0, 300);
        for (int x = 0; x <= WIDTH; x += 40) {
            hills.lineTo(x, 250 + random.nextInt(40));
        }
        hills.lineTo(WIDTH, HEIGHT);
        hills.lineTo(0, HEIGHT);
        hills.closePath();
        g.setColor(new Color(0xB9, 0x8C, 0x63));
        g.fill(hills);

        // White and ochre houses, with their windows and a minaret.
        int ground = 340;
        for (int x = -20; x < WIDTH; ) {
            int w = 50 + random.nextInt(70);
            int h = 40 + random.nextInt(70);
            g.setColor(random.nextInt(4) == 0 ? new Color(0xE0, 0xB0, 0x7A) : new Color(0xF7, 0xF3, 0xEA));
            g.fillRect(x, ground - h, w, h + 20);
            g.setColor(new Color(0x0B, 0x6B, 0x3A));
            for (int wx = x + 8; wx < x + w - 12; wx += 18) {
                g.fillRect(wx, ground - h + 12, 8, 12);
            }
            x += w + random.nextInt(6);
        }
        int minaret = 60 + random.nextInt(650);
        g.setColor(new Color(0xF0, 0xE6, 0xD2));
        g.fillRect(minaret, ground - 150, 30, 150);
        g.setColor(new Color(0x0B, 0x6B, 0x3A));
        g.fillRect(minaret - 4, ground - 160, 38, 12);
        g.fillRect(minaret + 8, ground - 185, 14, 25);

        // Palms.
        for (int i = 0; i < 3; i++) {
            int px = random.nextInt(WIDTH);
            g.setColor(new Color(0x6B, 0x4A, 0x2B));
            g.setStroke(new BasicStroke(7f));
            g.drawLine(px, ground + 40, px + 8, ground - 80);
            g.setColor(new Color(0x2E, 0x7D, 0x32));
            for (int leaf = 0; leaf < 6; leaf++) {
                double angle = Math.PI * leaf / 5;
                g.fill(new Polygon(new int[] {px + 8, px + 8 + (int) (60 * Math.cos(angle)), px + 8 + (int) (45 * Math.cos(angle + 0.2))},
                        new int[] {ground - 80, ground - 80 - (int) (30 * Math.sin(angle)) + 20, ground - 80 - (int) (20 * Math.sin(angle)) + 25}, 3));
            }
        }

        // The road and the ground.
        g.setColor(new Color(0xC9, 0xA2, 0x72));
        g.fillRect(0, ground + 20, WIDTH, HEIGHT - ground);
        g.setColor(new Color(0x8A, 0x8A, 0x8A));
        g.fillRect(0, ground + 60, WIDTH, 40);
        g.setColor(Color.WHITE);
        for (int x = 10; x < WIDTH; x += 60) {
            g.fillRect(x, ground + 78, 30, 4);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
