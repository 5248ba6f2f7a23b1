package db.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * Demo content only: makes the files that demo items carry (one-page PDFs, drawn illustrations) and
 * stores them like uploads, for the Java demo migrations of each window.
 */
public final class DemoFiles {

    private DemoFiles() {
    }

    /** Stores bytes as a {@code stored_file} row and returns its id. */
    public static long store(Connection connection, String fileName, String contentType, byte[] bytes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO stored_file (file_name, content_type, size_bytes, sha256, content, created_at, public_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, fileName);
            insert.setString(2, contentType);
            insert.setLong(3, bytes.length);
            insert.setString(4, sha256(bytes));
            insert.setBytes(5, bytes);
            insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            insert.setString(7, StoredFile.newKey());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Stores a one-page PDF with a title and lines of text (Latin script: the PDF's base font has no Arabic). */
    public static long storePdf(Connection connection, String fileName, String title, List<String> lines) throws SQLException {
        return store(connection, fileName, "application/pdf", pdf(title, lines));
    }

    /** Stores a drawn 800×450 PNG townscape; the same seed draws the same picture. */
    public static long storeIllustration(Connection connection, String fileName, long seed) throws Exception {
        return store(connection, fileName, "image/png", V2__Demo_images.draw(new Random(seed * 7919L)));
    }

    /** A valid one-page A4 PDF 1.4 in Helvetica (WinAnsi), with its cross-reference table. */
    public static byte[] pdf(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 16 Tf 56 780 Td (").append(escape(title)).append(") Tj ET\n");
        int y = 748;
        for (String line : lines) {
            text.append("BT /F1 11 Tf 56 ").append(y).append(" Td (").append(escape(line)).append(") Tj ET\n");
            y -= 16;
        }
        byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        objects.add("<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1) + "endstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static String escape(String text) {
        // WinAnsi covers French; anything else (Arabic) would print as garbage, so it is left out.
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x100) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
