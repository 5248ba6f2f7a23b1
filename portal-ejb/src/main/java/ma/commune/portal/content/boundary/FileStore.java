package ma.commune.portal.content.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.imageio.ImageIO;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The files of the portal, kept in the shared database. A file is accepted by what its bytes are, not
 * by its name or the browser's word: an image (PNG or JPEG) is re-encoded, which drops its metadata
 * (EXIF, GPS); a PDF must start with the PDF signature and end with its end-of-file marker. Files are
 * not scanned for viruses here: the commune's staff upload them from managed workstations, and an
 * antivirus at the reverse proxy or on the shared store is the place for that (README, "Uploads").
 * Only files that published content uses are served to the public.
 */
@Stateless
// The secretariat stores the council's PDFs (agendas' documents, minutes, reports) and members' photos.
@DeclareRoles({"EDITOR", "SECRETARIAT", "ADMIN", "FINANCE"})
@RolesAllowed({"EDITOR", "SECRETARIAT", "ADMIN"})
public class FileStore {

    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;
    /** A resident's attachment (a photo or a PDF) to a case being submitted. */
    public static final int MAX_RESIDENT_BYTES = 5 * 1024 * 1024;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @Any
    Instance<PublicFileUse> uses;

    public StoredFile storeImage(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainRuleViolation("file.rule.empty");
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw new DomainRuleViolation("file.rule.tooLarge");
        }
        String format = imageFormat(bytes).orElseThrow(() -> new DomainRuleViolation("file.rule.notAnImage"));
        byte[] clean = reencode(bytes, format);
        StoredFile file = new StoredFile(safeName(fileName, format), "image/" + format, clean, sha256(clean), Instant.now());
        em.persist(file);
        em.flush();
        return file;
    }

    /**
     * Stores a PDF (a decision, a convention, a report, a form, a tender's documents), refused unless its
     * bytes are a PDF.
     */
    @RolesAllowed({"EDITOR", "SECRETARIAT", "ADMIN", "FINANCE"})
    public StoredFile storePdf(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainRuleViolation("file.rule.empty");
        }
        if (bytes.length > MAX_PDF_BYTES) {
            throw new DomainRuleViolation("file.rule.pdfTooLarge");
        }
        if (!isPdf(bytes)) {
            throw new DomainRuleViolation("file.rule.notAPdf");
        }
        StoredFile file = new StoredFile(safeName(fileName, "pdf"), "application/pdf", bytes, sha256(bytes), Instant.now());
        em.persist(file);
        em.flush();
        return file;
    }

    /**
     * A resident's attachment to the case they are submitting (called by the case engine, in the case's
     * transaction: a refused case leaves no file). A photo is re-encoded, which drops its EXIF and GPS
     * metadata; a PDF must be a whole PDF. Such a file is never public: no published content uses it, and
     * only the staff handling the case list it.
     */
    @PermitAll
    public StoredFile storeResidentAttachment(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainRuleViolation("file.rule.empty");
        }
        if (bytes.length > MAX_RESIDENT_BYTES) {
            throw new DomainRuleViolation("requests.rule.attachmentTooLarge");
        }
        Optional<String> image = imageFormat(bytes);
        if (image.isPresent()) {
            byte[] clean = reencode(bytes, image.get());
            StoredFile file = new StoredFile(safeName(fileName, image.get()), "image/" + image.get(), clean, sha256(clean), Instant.now());
            em.persist(file);
            em.flush();
            return file;
        }
        if (!isPdf(bytes)) {
            throw new DomainRuleViolation("requests.rule.attachmentType");
        }
        StoredFile file = new StoredFile(safeName(fileName, "pdf"), "application/pdf", bytes, sha256(bytes), Instant.now());
        em.persist(file);
        em.flush();
        return file;
    }

    /** A stored file, if it is public: the commune's arms or the image of a published article. */
    @PermitAll
    public Optional<StoredFile> findPublic(long id) {
        Long uses = em.createQuery("select count(p) from CommuneProfile p where p.arms.id = :id", Long.class)
                .setParameter("id", id).getSingleResult()
                + em.createQuery("select count(n) from NewsArticle n where n.image.id = :id"
                        + " and n.status = ma.commune.portal.content.entity.PublicationStatus.PUBLISHED", Long.class)
                .setParameter("id", id).getSingleResult();
        boolean published = uses > 0 || this.uses.stream().anyMatch(use -> use.isUsedByPublishedContent(id));
        return published ? Optional.ofNullable(em.find(StoredFile.class, id)) : Optional.empty();
    }

    /** Any stored file, for the back office's previews. */
    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    static Optional<String> imageFormat(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of("png");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of("jpeg");
        }
        return Optional.empty();
    }

    /** The PDF signature at the start and the end-of-file marker in the last kilobyte (a truncated upload has none). */
    static boolean isPdf(byte[] bytes) {
        if (bytes.length < 16 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return false;
        }
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static byte[] reencode(byte[] bytes, String format) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new DomainRuleViolation("file.rule.notAnImage");
            }
            if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
                BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                opaque.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
                image = opaque;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainRuleViolation violation) {
                throw violation;
            }
            throw new DomainRuleViolation("file.rule.notAnImage");
        }
    }

    private static String safeName(String fileName, String format) {
        String fallback = "pdf".equals(format) ? "document" : "image";
        String base = fileName == null ? fallback : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
        base = base.replaceAll("\\.[^.]*$", "");
        if (base.isBlank()) {
            base = fallback;
        }
        return (base.length() > 100 ? base.substring(0, 100) : base) + ("jpeg".equals(format) ? ".jpg" : "." + format);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
