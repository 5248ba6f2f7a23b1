package ma.commune.portal.procurement.batch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.RecordFields;

/** ATTRIBUTIONS: an award must name a call for tenders imported by AVIS. */
public final class KnownTenders implements FileCheck.RowCheck<AwardRow> {

    private final Set<String> references;

    KnownTenders(Set<String> references) {
        this.references = references;
    }

    public static KnownTenders load(Connection connection) throws SQLException {
        Set<String> references = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT row_key FROM tender")) {
            while (rs.next()) {
                references.add(rs.getString(1));
            }
        }
        return new KnownTenders(references);
    }

    @Override
    public void check(AwardRow row, RecordFields fields) {
        if (!references.contains(row.tenderReference())) {
            throw fields.reject("reference_ao", row.tenderReference(), Reason.UNKNOWN_TENDER);
        }
    }
}
