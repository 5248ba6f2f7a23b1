package ma.commune.portal.shared.entity;

import java.io.Serializable;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A file the portal keeps (an image, a PDF), in the database so that every server instance of a cluster
 * serves the same bytes. Its content type was checked from the bytes on upload.
 *
 * <p>Every URL names a file by its {@link #getPublicKey() key}: 128 random bits, never its sequential id, so
 * that no address can be guessed from another. Who may read it is decided by the route of what owns it (a
 * published item, a draft for its editors, a case for the staff who handle it), never by the file itself.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** 32 hexadecimal digits (128 bits from {@link SecureRandom}): the file's name in every URL. */
    @Column(name = "public_key", nullable = false, updatable = false, length = 32)
    private String publicKey;

    /** The staff account that uploaded it (null for a resident's attachment or a file of the seed). */
    @Column(name = "uploaded_by", updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(String fileName, String contentType, byte[] content, String sha256, Instant createdAt) {
        this(fileName, contentType, content, sha256, createdAt, null);
    }

    public StoredFile(String fileName, String contentType, byte[] content, String sha256, Instant createdAt, String uploadedBy) {
        this.publicKey = newKey();
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    /** A new random key for a file (also used by the migrations that store files without JPA). */
    public static String newKey() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    /** Whether a text can be a file's key at all (checked before any lookup). */
    public static boolean isKey(String text) {
        return text != null && KEY.matcher(text).matches();
    }

    public Long getId() {
        return id;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
