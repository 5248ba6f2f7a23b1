package ma.commune.portal.imports.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.ImportSource;
import ma.commune.portal.imports.boundary.ImportStatus;
import ma.commune.portal.imports.boundary.Reason;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files received for import, kept in the shared database in pieces of 1 MiB (every server
 * instance reads the same file; no piece exceeds what one statement may carry), with their SHA-256
 * and their charset, both found while the bytes are stored, in one pass.
 *
 * <p>Callers are checked by the boundary that receives the file ({@code Imports}, then {@code ImportJobs}); this bean is
 * not a boundary of its own.
 */
@Stateless
@PermitAll
public class ImportFiles {

    static final int PIECE = 1024 * 1024;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Inject
    @ConfigProperty(name = "portal.imports.max-file-mb", defaultValue = "512")
    long maxFileMegabytes;

    /**
     * Stores a file in its own transaction (it is needed by the job, which starts after this returns).
     *
     * @throws FileRefused {@link Reason#FILE_EMPTY}, or {@link Reason#FILE_TOO_LARGE}
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public StoredImportFile store(ImportKind kind, String fileName, InputStream content, ImportSource source, String by) {
        String name = safeName(fileName, kind);
        long limit = maxFileMegabytes * 1024 * 1024;
        try (Connection c = database.getConnection()) {
            long id = insertFile(c, kind, name, source, by);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Encodings.Detector detector = new Encodings.Detector();
            long size = 0;
            int position = 0;
            try (InputStream in = new DigestInputStream(content, sha);
                 PreparedStatement piece = c.prepareStatement("INSERT INTO import_file_chunk (file_id, position, content) VALUES (?, ?, ?)")) {
                byte[] buffer;
                while ((buffer = in.readNBytes(PIECE)).length > 0) {
                    size += buffer.length;
                    if (size > limit) {
                        throw new FileRefused(Reason.FILE_TOO_LARGE, 0, maxFileMegabytes + " MB");
                    }
                    detector.update(buffer, 0, buffer.length);
                    piece.setLong(1, id);
                    piece.setInt(2, position++);
                    piece.setBytes(3, buffer);
                    piece.executeUpdate();
                }
            }
            if (size == 0) {
                throw new FileRefused(Reason.FILE_EMPTY, 0, name);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Charset charset = detector.charset();
            try (PreparedStatement done = c.prepareStatement("UPDATE import_file SET sha256 = ?, size_bytes = ?, charset = ? WHERE id = ?")) {
                done.setString(1, hash);
                done.setLong(2, size);
                done.setString(3, charset.name());
                done.setLong(4, id);
                done.executeUpdate();
            }
            return new StoredImportFile(id, kind, name, hash, size, charset);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the import file " + name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<StoredImportFile> find(long id) {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, kind, file_name, sha256, size_bytes, charset FROM import_file WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredImportFile(rs.getLong(1), ImportKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getLong(5), Charset.forName(rs.getString(6))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The latest execution that imported a file with these bytes completely, if any (the inbox then
     * skips the file, with that execution's report).
     */
    public OptionalLong completedExecution(ImportKind kind, String sha256) {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT MAX(e.execution_id) FROM import_execution e JOIN import_file f ON f.id = e.file_id"
                     + " WHERE f.sha256 = ? AND f.kind = ? AND e.status = ?")) {
            s.setString(1, sha256);
            s.setString(2, kind.name());
            s.setString(3, ImportStatus.COMPLETED.name());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The file's bytes as one stream, piece after piece, each piece read by its own short query (the
     * stream outlives the chunk transactions of the step that reads it).
     */
    public InputStream open(long fileId) {
        return new PiecesStream(database, fileId);
    }

    private static long insertFile(Connection c, ImportKind kind, String name, ImportSource source, String by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO import_file (kind, file_name, sha256, size_bytes, charset, source,"
                + " received_by, received_at) VALUES (?, ?, '', 0, '', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, kind.name());
            s.setString(2, name);
            s.setString(3, source.name());
            s.setString(4, by);
            s.setTimestamp(5, Timestamp.valueOf(Instant.now().atOffset(ZoneOffset.UTC).toLocalDateTime()));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The file's own name without any folder, or a name made of its kind and the day. */
    static String safeName(String fileName, ImportKind kind) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (name.isEmpty()) {
            name = kind.name() + "_" + java.time.LocalDate.now() + ".csv";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** Reads the pieces of a stored file in order. */
    static final class PiecesStream extends InputStream {

        private final DataSource database;
        private final long fileId;
        private int next;
        private byte[] piece = new byte[0];
        private int at;
        private boolean ended;

        PiecesStream(DataSource database, long fileId) {
            this.database = database;
            this.fileId = fileId;
        }

        @Override
        public int read() throws IOException {
            if (!ensure()) {
                return -1;
            }
            return piece[at++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!ensure()) {
                return -1;
            }
            int n = Math.min(len, piece.length - at);
            System.arraycopy(piece, at, b, off, n);
            at += n;
            return n;
        }

        private boolean ensure() throws IOException {
            while (at >= piece.length) {
                if (ended) {
                    return false;
                }
                try (Connection c = database.getConnection();
                     PreparedStatement s = c.prepareStatement("SELECT content FROM import_file_chunk WHERE file_id = ? AND position = ?")) {
                    s.setLong(1, fileId);
                    s.setInt(2, next);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            ended = true;
                            return false;
                        }
                        piece = rs.getBytes(1);
                        at = 0;
                        next++;
                    }
                } catch (SQLException e) {
                    throw new IOException("could not read piece " + next + " of import file " + fileId, e);
                }
            }
            return true;
        }
    }
}
