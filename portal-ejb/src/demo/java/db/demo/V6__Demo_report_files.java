package db.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo content only: gives each published demo report (V5__demo_reports.sql) its PDF, and the
 * administrative accounts their annexed tables, stored like uploads.
 */
public class V6__Demo_report_files extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Object[]> reports = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(
                "SELECT id, category, report_year, title_fr, summary_fr FROM report WHERE status = 'PUBLISHED' ORDER BY id")) {
            while (rows.next()) {
                reports.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getString(4), rows.getString(5)});
            }
        }
        for (Object[] r : reports) {
            long id = (Long) r[0];
            String category = (String) r[1];
            String title = (String) r[3];
            String base = category.toLowerCase().replace('_', '-') + "-" + r[2] + "-" + id;
            List<String> lines = new ArrayList<>();
            lines.add("Royaume du Maroc - Province de Rehamna - Commune de Ben Guerir");
            lines.add("");
            lines.addAll(DemoText.wrap(title, 85));
            lines.add("");
            lines.addAll(DemoText.wrap((String) r[4], 85));
            lines.add("");
            lines.add("Document de démonstration du portail communal.");
            insert(connection, id, DemoFiles.storePdf(connection, base + ".pdf", "Rapport " + r[2], lines),
                    "نص التقرير", "Texte du rapport", 0);
            if (category.equals("ADMINISTRATIVE_ACCOUNT")) {
                long annex = DemoFiles.storePdf(connection, base + "-tableaux.pdf", "Tableaux annexes " + r[2],
                        List.of("Recettes par article budgétaire", "Dépenses par chapitre et article", "Situation des restes à payer"));
                insert(connection, id, annex, "الجداول الملحقة", "Tableaux annexes", 1);
            }
        }
    }

    private static void insert(Connection connection, long reportId, long fileId, String labelAr, String labelFr, int position)
            throws java.sql.SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO report_document"
                + " (report_id, file_id, label_ar, label_fr, position) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, reportId);
            insert.setLong(2, fileId);
            insert.setString(3, labelAr);
            insert.setString(4, labelFr);
            insert.setInt(5, position);
            insert.executeUpdate();
        }
    }
}
