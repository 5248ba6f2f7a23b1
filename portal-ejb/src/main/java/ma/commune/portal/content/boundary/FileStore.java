package ma.commune.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
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
 * The files of the portal, kept in the shared database. An image is accepted by what its bytes are
 * (PNG or JPEG), not by its name or the browser's word, and is re-encoded, which drops its metadata
 * (EXIF, GPS). Only files that published content uses are served to the public.
 */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class FileStore {

    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

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

    /** A stored file, if it is public: the commune's arms or the image of a published article. */
    @PermitAll
    public Optional<StoredFile> findPublic(long id) {
        Long uses = em.createQuery("select count(p) from CommuneProfile p where p.arms.id = :id", Long.class)
                .setParameter("id", id).getSingleResult()
                + em.createQuery("select count(n) from NewsArticle n where n.image.id = :id"
                        + " and n.status = ma.commune.portal.content.entity.PublicationStatus.PUBLISHED", Long.class)
                .setParameter("id", id).getSingleResult();
        return uses > 0 ? Optional.ofNullable(em.find(StoredFile.class, id)) : Optional.empty();
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
        String base = fileName == null ? "image" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
        base = base.replaceAll("\\.[^.]*$", "");
        if (base.isBlank()) {
            base = "image";
        }
        return (base.length() > 100 ? base.substring(0, 100) : base) + ("jpeg".equals(format) ? ".jpg" : ".png");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
