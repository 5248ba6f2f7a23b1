package ma.commune.portal.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * A small JPEG photo carrying an EXIF segment with a recognisable marker (as a phone writes its GPS
 * position there), for the tests that prove the stored photo lost its metadata.
 */
public final class ExifJpeg {

    /** Written in the EXIF segment's image description; must never reach the stored file. */
    public static final String MARKER = "GPS-32.2360N-7.9540W-secret";

    private ExifJpeg() {
    }

    public static byte[] photo() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b6b3a));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.ORANGE);
        g.fillOval(20, 10, 24, 24);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jpeg = plain.toByteArray();
        byte[] exif = exifSegment();
        // SOI, then the APP1 (EXIF) segment, then the rest of the encoder's JPEG.
        byte[] out = new byte[jpeg.length + exif.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        System.arraycopy(exif, 0, out, 2, exif.length);
        System.arraycopy(jpeg, 2, out, 2 + exif.length, jpeg.length - 2);
        return out;
    }

    /** APP1 "Exif\0\0" + a big-endian TIFF header with one IFD entry: ImageDescription (ASCII) = MARKER. */
    private static byte[] exifSegment() {
        byte[] text = (MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        write(tiff, 'M', 'M', 0, 42, 0, 0, 0, 8);     // header, first IFD at 8
        write(tiff, 0, 1);                           // one entry
        write(tiff, 0x01, 0x0E, 0, 2);               // tag 0x010E ImageDescription, type ASCII
        write(tiff, 0, 0, 0, text.length);           // count
        write(tiff, 0, 0, 0, 26);                    // offset of the text (8 + 2 + 12 + 4)
        write(tiff, 0, 0, 0, 0);                     // no next IFD
        tiff.writeBytes(text);
        byte[] body = tiff.toByteArray();
        int length = 2 + 6 + body.length;
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        write(segment, 0xFF, 0xE1, (length >> 8) & 0xFF, length & 0xFF);
        segment.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        segment.writeBytes(body);
        return segment.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
