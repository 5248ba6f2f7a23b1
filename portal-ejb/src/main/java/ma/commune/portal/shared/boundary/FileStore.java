package ma.commune.portal.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
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
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
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

    /** The most pixels an image may declare: 25 megapixels (a phone's photo is 12), about 100 MB decoded. */
    public static final long MAX_IMAGE_PIXELS = 25_000_000L;
    /** Images decoded at once, at most (each may take {@link #MAX_IMAGE_PIXELS} × 4 bytes). */
    static final int DECODERS = 2;
    private static final java.util.concurrent.Semaphore DECODING = new java.util.concurrent.Semaphore(DECODERS, true);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @Any
    Instance<PublicFileUse> uses;

    @Inject
    @Any
    Instance<EditorialFileUse> editorialUses;

    @Resource
    SessionContext caller;

    public StoredFile storeImage(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainRuleViolation("file.rule.empty");
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw new DomainRuleViolation("file.rule.tooLarge");
        }
        String format = imageFormat(bytes).orElseThrow(() -> new DomainRuleViolation("file.rule.notAnImage"));
        byte[] clean = reencode(bytes, format);
        StoredFile file = new StoredFile(safeName(fileName, format), "image/" + format, clean, sha256(clean), Instant.now(), uploader());
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
        StoredFile file = new StoredFile(safeName(fileName, "pdf"), "application/pdf", bytes, sha256(bytes), Instant.now(), uploader());
        em.persist(file);
        em.flush();
        return file;
    }

    /** The staff member storing a file: until the file is attached to its item, they alone may open it. */
    private String uploader() {
        return caller.getCallerPrincipal() == null ? null : caller.getCallerPrincipal().getName();
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

    /** A stored file by its key, if published content uses it (the public route {@code /files/{key}}). */
    @PermitAll
    public Optional<StoredFile> findPublic(String key) {
        return byKey(key).filter(file -> isPublic(file.getId()));
    }

    /** Whether published content uses a stored file: the commune's arms, or a window's published item ({@link PublicFileUse}). */
    @PermitAll
    public boolean isPublic(long id) {
        return isArms(id) || uses.stream().anyMatch(use -> use.isUsedByPublishedContent(id));
    }

    /**
     * A stored file for the editors' back office ({@code /admin/content/files/{key}}): only a file that the
     * editorial content uses, published or not (the commune's arms, or an item of a window that says so,
     * {@link EditorialFileUse}: an article's image, a text's PDF and related documents, a report's
     * documents, a partnership's convention, a project's photo, a service's forms), or one the caller
     * uploaded and has not attached yet. An allow-list by owner: a resident's attachment, a council draft
     * or anything else is never served here, whatever its key.
     */
    @RolesAllowed({"EDITOR", "ADMIN"})
    public Optional<StoredFile> findForEditors(String key) {
        return byKey(key).filter(file -> isEditorial(file.getId()) || (file.getUploadedBy() != null
                && file.getUploadedBy().equals(uploader())));
    }

    private boolean isEditorial(long id) {
        return isArms(id) || editorialUses.stream().anyMatch(use -> use.isUsedByEditorialContent(id));
    }

    /** The commune's arms, which every page shows and the editors change with the profile. */
    private boolean isArms(long id) {
        return em.createQuery("select count(p) from CommuneProfile p where p.arms.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    /** The key of a file, for a back-office page that holds only its id (a form being edited). */
    @RolesAllowed({"EDITOR", "SECRETARIAT", "ADMIN", "FINANCE"})
    public Optional<String> keyOf(long id) {
        return em.createQuery("select f.publicKey from StoredFile f where f.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private Optional<StoredFile> byKey(String key) {
        if (!StoredFile.isKey(key)) {
            return Optional.empty();
        }
        return em.createQuery("select f from StoredFile f where f.publicKey = :key", StoredFile.class)
                .setParameter("key", key).getResultStream().findFirst();
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

    /**
     * Decodes and re-encodes an image. A few hundred kilobytes of PNG can declare 12,000 × 12,000 pixels, which
     * decode to half a gigabyte: the size the image declares is read first and refused above
     * {@link #MAX_IMAGE_PIXELS}, and at most {@link #DECODERS} images are decoded at once, so that anonymous
     * residents' photos can never exhaust the server's memory (issue 12, review).
     */
    private static byte[] reencode(byte[] bytes, String format) {
        checkDeclaredSize(bytes);
        boolean admitted = false;
        try {
            admitted = DECODING.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS);
            if (!admitted) {
                throw new DomainRuleViolation("file.rule.busy");
            }
            return decodeAndEncode(bytes, format);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DomainRuleViolation("file.rule.busy");
        } finally {
            if (admitted) {
                DECODING.release();
            }
        }
    }

    /** Refuses an image whose header declares more than {@link #MAX_IMAGE_PIXELS}, before anything is decoded. */
    static void checkDeclaredSize(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            java.util.Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new DomainRuleViolation("file.rule.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_IMAGE_PIXELS) {
                    throw new DomainRuleViolation("file.rule.imageTooLarge");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainRuleViolation violation) {
                throw violation;
            }
            throw new DomainRuleViolation("file.rule.notAnImage");
        }
    }

    private static byte[] decodeAndEncode(byte[] bytes, String format) {
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
