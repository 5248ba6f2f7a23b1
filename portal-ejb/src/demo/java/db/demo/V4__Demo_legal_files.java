package db.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo content only: gives each numbered demo legal text (V3__demo_legal.sql) its signed PDF, and
 * conventions and council decisions a related document, stored like uploads.
 */
public class V4__Demo_legal_files extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Object[]> documents = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(
                "SELECT id, doc_type, doc_number, doc_date, title_fr, summary_fr FROM legal_document"
                        + " WHERE pdf_id IS NULL AND doc_number IS NOT NULL ORDER BY id")) {
            while (rows.next()) {
                documents.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6)});
            }
        }
        for (Object[] d : documents) {
            long id = (Long) d[0];
            String type = (String) d[1];
            String number = (String) d[2];
            String title = (String) d[4];
            List<String> lines = new ArrayList<>();
            lines.add("Royaume du Maroc - Province de Rehamna - Commune de Ben Guerir");
            lines.add("N° " + number + " du " + d[3]);
            lines.add("");
            lines.addAll(DemoText.wrap(title, 85));
            lines.add("");
            lines.addAll(DemoText.wrap((String) d[5], 85));
            lines.add("");
            lines.add("Document de démonstration du portail communal.");
            long pdf = DemoFiles.storePdf(connection, fileName(type, number), title.length() > 70 ? title.substring(0, 70) + "..." : title, lines);
            try (PreparedStatement update = connection.prepareStatement("UPDATE legal_document SET pdf_id = ? WHERE id = ?")) {
                update.setLong(1, pdf);
                update.setLong(2, id);
                update.executeUpdate();
            }
            if (type.equals("CONVENTION")) {
                attach(connection, id, "annexe-" + fileName(type, number), "Annexe technique et financière",
                        "الملحق التقني والمالي", "Annexe technique et financière", List.of("Annexe à la convention n° " + number,
                                "Programme des travaux, échéancier et contributions des parties."));
            } else if (type.equals("DECISION")) {
                attach(connection, id, "extrait-pv-" + fileName(type, number), "Extrait du procès-verbal de la session",
                        "مستخرج من محضر الدورة", "Extrait du procès-verbal de la session", List.of("Décision n° " + number,
                                "Résultat du vote et membres présents."));
            }
        }
    }

    private static void attach(Connection connection, long documentId, String fileName, String pdfTitle,
            String labelAr, String labelFr, List<String> lines) throws SQLException {
        long file = DemoFiles.storePdf(connection, fileName, pdfTitle, lines);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO legal_document_attachment"
                + " (legal_document_id, file_id, label_ar, label_fr, position) VALUES (?, ?, ?, ?, 0)")) {
            insert.setLong(1, documentId);
            insert.setLong(2, file);
            insert.setString(3, labelAr);
            insert.setString(4, labelFr);
            insert.executeUpdate();
        }
    }

    private static String fileName(String type, String number) {
        return type.toLowerCase() + "-" + number.replace('/', '-') + ".pdf";
    }
}
