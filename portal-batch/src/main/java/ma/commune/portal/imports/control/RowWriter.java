package ma.commune.portal.imports.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.commune.portal.imports.boundary.ImportKind;

/**
 * Writes one chunk of rows of a kind by their natural key, in three batched statements at most: new
 * rows are inserted; a row whose source record changed has its previous record copied into
 * {@code import_row_history}, then is updated; a row seen again unchanged is not written at all (a
 * forced re-import of the same file writes nothing). One query finds the chunk's existing rows.
 *
 * <p>Plain JDBC on the step's connection, in the chunk's transaction: a million rows through the
 * persistence context would cost an entity, a snapshot and a dirty check each.
 *
 * @param <T> the row
 */
public final class RowWriter<T> {

    /** What a chunk did. */
    public record Counts(int inserted, int updated, int unchanged) {
    }

    private final ImportedTable<T> table;
    private final ImportKind kind;
    private final String select;
    private final String insert;
    private final String update;
    private final String history;

    public RowWriter(ImportKind kind, ImportedTable<T> table) {
        this.kind = kind;
        this.table = table;
        List<String> columns = table.columns();
        this.select = "SELECT id, row_key, row_hash FROM " + table.table() + " WHERE row_key IN (%s)";
        this.insert = "INSERT INTO " + table.table() + " (" + String.join(", ", columns)
                + ", row_key, row_hash, source_record, last_execution_id, updated_at) VALUES ("
                + "?, ".repeat(columns.size()) + "?, ?, ?, ?, ?)";
        this.update = "UPDATE " + table.table() + " SET " + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                + ", row_hash = ?, source_record = ?, last_execution_id = ?, updated_at = ? WHERE id = ?";
        this.history = "INSERT INTO import_row_history (kind, row_key, execution_id, changed_at, previous)"
                + " SELECT ?, row_key, ?, ?, source_record FROM " + table.table() + " WHERE id = ?";
    }

    public Counts write(Connection connection, List<? extends T> rows, long executionId, Instant now) throws SQLException {
        // The same key twice in a chunk (a messy export): written in rounds, in file order, so that the later
        // record updates the earlier one and its history is kept, as it would be across chunks.
        List<Map<String, T>> rounds = new ArrayList<>();
        for (T row : rows) {
            String key = table.rowKey(row);
            int round = 0;
            while (round < rounds.size() && rounds.get(round).containsKey(key)) {
                round++;
            }
            if (round == rounds.size()) {
                rounds.add(new LinkedHashMap<>());
            }
            rounds.get(round).put(key, row);
        }
        Counts counts = new Counts(0, 0, 0);
        for (Map<String, T> round : rounds) {
            Counts written = writeRound(connection, round, executionId, now);
            counts = new Counts(counts.inserted() + written.inserted(), counts.updated() + written.updated(),
                    counts.unchanged() + written.unchanged());
        }
        return counts;
    }

    /** Rows of distinct keys: one query for those that exist, then at most three batched statements. */
    private Counts writeRound(Connection connection, Map<String, T> byKey, long executionId, Instant now) throws SQLException {
        Map<String, Existing> existing = existing(connection, byKey.keySet());
        Timestamp at = Timestamp.valueOf(now.atOffset(ZoneOffset.UTC).toLocalDateTime());
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        try (PreparedStatement insertRows = connection.prepareStatement(insert);
             PreparedStatement updateRows = connection.prepareStatement(update);
             PreparedStatement keepHistory = connection.prepareStatement(history)) {
            int width = table.columns().size();
            for (Map.Entry<String, T> entry : byKey.entrySet()) {
                T row = entry.getValue();
                String source = table.sourceRecord(row);
                String hash = sha256(source);
                Existing before = existing.get(entry.getKey());
                if (before == null) {
                    table.bind(insertRows, 1, row);
                    insertRows.setString(width + 1, entry.getKey());
                    insertRows.setString(width + 2, hash);
                    insertRows.setString(width + 3, source);
                    insertRows.setLong(width + 4, executionId);
                    insertRows.setTimestamp(width + 5, at);
                    insertRows.addBatch();
                    inserted++;
                } else if (!before.hash().equals(hash)) {
                    keepHistory.setString(1, kind.name());
                    keepHistory.setLong(2, executionId);
                    keepHistory.setTimestamp(3, at);
                    keepHistory.setLong(4, before.id());
                    keepHistory.addBatch();
                    table.bind(updateRows, 1, row);
                    updateRows.setString(width + 1, hash);
                    updateRows.setString(width + 2, source);
                    updateRows.setLong(width + 3, executionId);
                    updateRows.setTimestamp(width + 4, at);
                    updateRows.setLong(width + 5, before.id());
                    updateRows.addBatch();
                    updated++;
                } else {
                    unchanged++;
                }
            }
            // History first: it copies the previous record before the update replaces it.
            if (updated > 0) {
                keepHistory.executeBatch();
                updateRows.executeBatch();
            }
            if (inserted > 0) {
                insertRows.executeBatch();
            }
        }
        return new Counts(inserted, updated, unchanged);
    }

    private record Existing(long id, String hash) {
    }

    private Map<String, Existing> existing(Connection connection, java.util.Set<String> keys) throws SQLException {
        Map<String, Existing> found = new java.util.HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        String sql = select.formatted(String.join(", ", java.util.Collections.nCopies(keys.size(), "?")));
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int i = 1;
            for (String key : keys) {
                s.setString(i++, key);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(2), new Existing(rs.getLong(1), rs.getString(3)));
                }
            }
        }
        return found;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
