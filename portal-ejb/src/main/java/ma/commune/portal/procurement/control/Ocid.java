package ma.commune.portal.procurement.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Open Contracting ID of a call for tenders: the publisher's prefix, a dash, and the tender reference
 * written with URL-safe characters only. The writing is reversible, so an ocid in a URL leads straight to
 * its tender by the reference's index (no table of ocids, no collision between references that differ
 * only in their separators): letters, digits and {@code .} stay, a space becomes {@code _}, a {@code /}
 * becomes {@code -}, and any other byte of the reference's UTF-8 is written {@code ~XX} (hexadecimal).
 * {@code AO 07/2026/CBG} is {@code AO_07-2026-CBG}. Only the one canonical writing is accepted back.
 */
public final class Ocid {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Ocid() {
    }

    /** {@code prefix-ENCODED}. */
    public static String of(String prefix, String reference) {
        return prefix + "-" + encode(reference);
    }

    /** The tender reference an ocid names, if it carries this prefix and is canonically written. */
    public static Optional<String> reference(String prefix, String ocid) {
        String start = prefix + "-";
        if (ocid == null || !ocid.startsWith(start) || ocid.length() == start.length()) {
            return Optional.empty();
        }
        return decode(ocid.substring(start.length())).filter(reference -> encode(reference).equals(ocid.substring(start.length())));
    }

    static String encode(String reference) {
        StringBuilder out = new StringBuilder();
        for (byte b : reference.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.') {
                out.append(c);
            } else if (c == ' ') {
                out.append('_');
            } else if (c == '/') {
                out.append('-');
            } else {
                out.append('~').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    static Optional<String> decode(String encoded) {
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '_') {
                bytes.put((byte) ' ');
            } else if (c == '-') {
                bytes.put((byte) '/');
            } else if (c == '~' && i + 2 < encoded.length() && hex(encoded.charAt(i + 1)) >= 0 && hex(encoded.charAt(i + 2)) >= 0) {
                bytes.put((byte) (hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2))));
                i += 2;
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.') {
                bytes.put((byte) c);
            } else {
                return Optional.empty();
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
