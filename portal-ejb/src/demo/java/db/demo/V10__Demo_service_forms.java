package db.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo only: the downloadable forms of a few services of the seeded catalogue, as one-page PDFs
 * (a real commune uploads its own in the back office). Services are found by their French name.
 */
public class V10__Demo_service_forms extends BaseJavaMigration {

    private record DemoForm(String serviceFr, String fileName, String labelAr, String labelFr, List<String> lines) {
    }

    private static final List<DemoForm> FORMS = List.of(
            new DemoForm("Autorisation de construire", "demande-autorisation-construire.pdf",
                    "مطبوع طلب رخصة البناء", "Formulaire de demande d'autorisation de construire",
                    List.of("Commune de Ben Guerir - Guichet unique d'urbanisme",
                            "Demandeur : nom, prénom, CIN, adresse, téléphone",
                            "Terrain : titre foncier, adresse, superficie",
                            "Projet : nature des travaux, surface couverte, nombre de niveaux",
                            "Architecte et bureau d'études : noms et références",
                            "Date et signature du demandeur")),
            new DemoForm("Taxe sur les terrains urbains non bâtis (TNB)", "declaration-tnb.pdf",
                    "إقرار الرسم على الأراضي غير المبنية", "Déclaration de la taxe sur les terrains non bâtis",
                    List.of("Commune de Ben Guerir - Régie des recettes",
                            "Redevable : nom ou raison sociale, CIN ou RC, adresse",
                            "Terrain : titre foncier, adresse, superficie en m2, zone",
                            "A déposer avant le 1er mars de chaque année (loi n° 47-06)",
                            "Date et signature")),
            new DemoForm("Autorisation d'exercer une activité commerciale ou professionnelle", "demande-autorisation-activite.pdf",
                    "مطبوع طلب رخصة مزاولة نشاط", "Formulaire de demande d'autorisation d'activité",
                    List.of("Commune de Ben Guerir - Police administrative",
                            "Demandeur : nom, prénom, CIN, adresse, téléphone",
                            "Local : adresse, surface, statut (propriété ou location)",
                            "Activité envisagée et horaires d'ouverture",
                            "Date et signature du demandeur")),
            new DemoForm("Occupation temporaire du domaine public communal", "demande-occupation-domaine-public.pdf",
                    "مطبوع طلب الاحتلال المؤقت للملك العمومي", "Demande d'occupation temporaire du domaine public",
                    List.of("Commune de Ben Guerir - Guichet unique d'urbanisme",
                            "Demandeur : nom, CIN ou RC, adresse",
                            "Emplacement, surface en m2, durée et usage de l'occupation",
                            "Date et signature du demandeur")));

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (DemoForm form : FORMS) {
            Long serviceId = serviceId(connection, form.serviceFr());
            if (serviceId == null) {
                continue; // another commune's seed: nothing to attach to
            }
            long fileId = DemoFiles.storePdf(connection, form.fileName(), form.labelFr(), form.lines());
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO admin_service_form (service_id, file_id, label_ar, label_fr, position) VALUES (?, ?, ?, ?, 1)")) {
                insert.setLong(1, serviceId);
                insert.setLong(2, fileId);
                insert.setString(3, form.labelAr());
                insert.setString(4, form.labelFr());
                insert.executeUpdate();
            }
        }
    }

    private static Long serviceId(Connection connection, String nameFr) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM admin_service WHERE name_fr = ?")) {
            select.setString(1, nameFr);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }
}
