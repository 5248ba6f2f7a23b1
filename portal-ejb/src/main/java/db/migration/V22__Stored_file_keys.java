package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.shared.entity.StoredFile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Files are named in URLs by 128 random bits instead of their sequential id (issue 12, finding 1: an id is
 * guessed from the next one), and remember who uploaded them (an upload not yet attached to its item is
 * shown to its uploader only). Written in Java because the keys must come from {@link java.security.SecureRandom}:
 * neither H2 nor MariaDB has a random function both share (MariaDB's UUID() is time-based).
 */
public class V22__Stored_file_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE stored_file ADD COLUMN public_key CHAR(32)");
            ddl.execute("ALTER TABLE stored_file ADD COLUMN uploaded_by VARCHAR(100)");
        }
        List<Long> ids = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id FROM stored_file ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE stored_file SET public_key = ? WHERE id = ?")) {
            for (long id : ids) {
                update.setString(1, StoredFile.newKey());
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE stored_file MODIFY public_key CHAR(32) NOT NULL");
            ddl.execute("CREATE UNIQUE INDEX ux_stored_file_public_key ON stored_file (public_key)");
        }
    }
}
