package db.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo content only: the signed convention PDF of each demo partnership past its drafting, and for
 * each demo project its milestones (studies, works, reception, placed on the project's own dates) and
 * its photos (drawn townscapes: we hold no rights on real photographs).
 */
public class V8__Demo_project_files extends BaseJavaMigration {

    /** The demo's "today": milestones planned before it are done (fixed, so the demo is reproducible). */
    static final LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 1);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        conventions(connection);
        projects(connection);
    }

    private static void conventions(Connection connection) throws SQLException {
        List<Object[]> partnerships = rows(connection, "SELECT id, partner_fr, subject_fr, signed_on FROM partnership"
                + " WHERE convention_id IS NULL AND stage <> 'IN_PREPARATION' ORDER BY id", 4);
        for (Object[] p : partnerships) {
            long id = ((Number) p[0]).longValue();
            long file = DemoFiles.storePdf(connection, "convention-" + id + ".pdf", "Convention de partenariat",
                    List.of("Commune de Ben Guerir", "Partenaire : " + p[1], "Objet : " + p[2],
                            "Signee le " + p[3], "Document de demonstration."));
            update(connection, "UPDATE partnership SET convention_id = ? WHERE id = ?", file, id);
        }
    }

    private static void projects(Connection connection) throws Exception {
        List<Object[]> projects = rows(connection, "SELECT id, start_date, end_date, stage FROM project ORDER BY id", 4);
        for (Object[] p : projects) {
            long id = ((Number) p[0]).longValue();
            LocalDate start = localDate(p[1]);
            LocalDate end = localDate(p[2]);
            boolean completed = "COMPLETED".equals(p[3]);
            milestone(connection, id, 1, "الدراسات وطلب العروض", "Études et appel d'offres", start, completed);
            milestone(connection, id, 2, "انطلاق الأشغال", "Lancement des travaux", start.plusMonths(3), completed);
            milestone(connection, id, 3, "التسلم المؤقت", "Réception provisoire", end, completed);
            int photos = "PLANNED".equals(p[3]) ? 1 : 2;
            for (int i = 1; i <= photos; i++) {
                long file = DemoFiles.storeIllustration(connection, "project-" + id + "-" + i + ".png", id * 31 + i);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO project_photo"
                        + " (project_id, file_id, label_ar, label_fr, position) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setLong(1, id);
                    insert.setLong(2, file);
                    insert.setString(3, "رسم توضيحي " + i);
                    insert.setString(4, "Illustration " + i);
                    insert.setInt(5, i);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static void milestone(Connection connection, long project, int position, String ar, String fr,
                                  LocalDate planned, boolean completed) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO project_milestone"
                + " (project_id, label_ar, label_fr, planned_on, done, position) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, project);
            insert.setString(2, ar);
            insert.setString(3, fr);
            insert.setDate(4, Date.valueOf(planned));
            insert.setBoolean(5, completed || planned.isBefore(DEMO_TODAY));
            insert.setInt(6, position);
            insert.executeUpdate();
        }
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    private static List<Object[]> rows(Connection connection, String sql, int columns) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet rs = select.executeQuery(sql)) {
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void update(Connection connection, String sql, long value, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, value);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }
}
