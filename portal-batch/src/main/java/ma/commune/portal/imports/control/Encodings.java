package ma.commune.portal.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The exports are UTF-8, with or without a byte-order mark, or — from older treasury workstations —
 * Windows-1256, the Arabic Windows code page. The two are told apart by reading the whole file as
 * strict UTF-8: Arabic text in Windows-1256 is bytes 0xC0–0xFF that almost never form valid UTF-8
 * sequences, and a file of plain ASCII reads the same in both.
 */
public final class Encodings {

    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Encodings() {
    }

    /** The charset of the stream, read to its end (streamed: constant memory whatever the file's size). */
    public static Charset detect(InputStream in) throws IOException {
        Detector detector = new Detector();
        byte[] chunk = new byte[32 * 1024];
        int read;
        while ((read = in.read(chunk)) != -1) {
            detector.update(chunk, 0, read);
        }
        return detector.charset();
    }

    /** Tells the charset of bytes given piece by piece (while they are stored, for instance). */
    public static final class Detector {

        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer pending = ByteBuffer.allocate(16);
        private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
        private boolean utf8 = true;

        public void update(byte[] bytes, int offset, int length) {
            if (!utf8) {
                return;
            }
            ByteBuffer in;
            if (pending.position() > 0) {
                pending.flip();
                in = ByteBuffer.allocate(pending.remaining() + length);
                in.put(pending).put(bytes, offset, length).flip();
                pending.clear();
            } else {
                in = ByteBuffer.wrap(bytes, offset, length);
            }
            while (true) {
                CoderResult result = decoder.decode(in, chars, false);
                chars.clear();
                if (result.isError()) {
                    utf8 = false;
                    return;
                }
                if (result.isUnderflow()) {
                    break;
                }
            }
            // A sequence cut between two pieces: kept for the next one.
            pending.put(in);
        }

        public Charset charset() {
            if (!utf8) {
                return WINDOWS_1256;
            }
            pending.flip();
            CoderResult last = decoder.decode(pending, chars, true);
            pending.compact();
            return last.isError() || pending.position() > 0 ? WINDOWS_1256 : StandardCharsets.UTF_8;
        }
    }

    /**
     * A reader of the stream in {@code charset}, past a UTF-8 byte-order mark if there is one. A
     * Windows-1256 file never starts with one (0xEF 0xBB 0xBF are "ïڈ»" there: not a header).
     */
    public static Reader reader(InputStream in, Charset charset) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, BOM.length);
        byte[] start = pushback.readNBytes(BOM.length);
        boolean bom = start.length == BOM.length && start[0] == BOM[0] && start[1] == BOM[1] && start[2] == BOM[2];
        if (!bom) {
            pushback.unread(start);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(pushback, decoder);
    }

    /** For tests and small files: the text of {@code bytes} as the import reads it. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        try (Reader r = reader(new java.io.ByteArrayInputStream(bytes), detect(new java.io.ByteArrayInputStream(bytes)))) {
            StringBuilder s = new StringBuilder();
            char[] buffer = new char[4096];
            int n;
            while ((n = r.read(buffer)) != -1) {
                s.append(buffer, 0, n);
            }
            return s.toString();
        } catch (CharacterCodingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
