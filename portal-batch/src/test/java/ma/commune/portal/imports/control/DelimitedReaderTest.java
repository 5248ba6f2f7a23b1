package ma.commune.portal.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.Reason;
import org.junit.jupiter.api.Test;

/** Records, quoting, line breaks and encodings of the delimited exports. */
class DelimitedReaderTest {

    @Test
    void quotedFieldsHoldSeparatorsDoubledQuotesAndLineBreaks() throws IOException {
        List<DelimitedReader.Record> records = read("a;b;c\r\n\"x;y\";\"il a dit \"\"oui\"\"\";\"deux\r\nlignes\"\r\n1;;3\r\n");
        assertEquals(3, records.size());
        assertEquals(List.of("x;y", "il a dit \"oui\"", "deux\nlignes"), records.get(1).fields());
        assertEquals(List.of("1", "", "3"), records.get(2).fields());
        assertEquals(1, records.get(0).line());
        assertEquals(2, records.get(1).line());
        assertEquals(4, records.get(2).line(), "the record after a two-line record starts on the fourth physical line");
        assertFalse(records.get(1).malformed());
    }

    @Test
    void blankLinesAreSkippedAndEveryLineBreakCounts() throws IOException {
        List<DelimitedReader.Record> records = read("a;b\n\n   \r\n1;2\r3;4\n");
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2"), List.of("3", "4")), records.stream().map(DelimitedReader.Record::fields).toList());
        assertEquals(List.of(1L, 4L, 5L), records.stream().map(DelimitedReader.Record::line).toList());
    }

    @Test
    void aLastLineWithoutLineBreakIsARecord() throws IOException {
        assertEquals(List.of("#TOTAL", "1", "5"), read("a\n#TOTAL;1;5").get(1).fields());
        assertTrue(read("a\n#TOTAL;1;5").get(1).isTrailer());
    }

    @Test
    void aQuoteNeverClosedMeansTheFileWasCut() {
        FileRefused refused = assertThrows(FileRefused.class, () -> read("a;b\n1;\"commencé\nmais jamais fini"));
        assertEquals(Reason.UNTERMINATED_QUOTE, refused.reason());
        assertEquals(2, refused.line());
    }

    @Test
    void textAfterAClosingQuoteMakesTheRecordMalformed() throws IOException {
        List<DelimitedReader.Record> records = read("a;b\n\"abc\"def;2\nun \"mot\" cité;3\n\"ok\" ;4\n");
        assertTrue(records.get(1).malformed());
        assertTrue(records.get(2).malformed(), "a quote inside an unquoted field is not the contract's quoting");
        assertFalse(records.get(3).malformed(), "spaces after a closing quote are harmless");
        assertEquals("ok", records.get(3).fields().get(0).strip());
    }

    @Test
    void utf8WithOrWithoutByteOrderMarkAndWindows1256AreReadAlike() throws IOException {
        String text = "libelle_ar;montant\nإنارة عمومية;1 234,50\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] arabicWindows = text.getBytes(Encodings.WINDOWS_1256);

        assertEquals(StandardCharsets.UTF_8, Encodings.detect(new ByteArrayInputStream(utf8)));
        assertEquals(StandardCharsets.UTF_8, Encodings.detect(new ByteArrayInputStream(bom)));
        assertEquals(Encodings.WINDOWS_1256, Encodings.detect(new ByteArrayInputStream(arabicWindows)));
        for (byte[] bytes : List.of(utf8, bom, arabicWindows)) {
            assertEquals(text, Encodings.decode(bytes));
        }
        try (DelimitedReader reader = new DelimitedReader(Encodings.reader(new ByteArrayInputStream(bom), StandardCharsets.UTF_8))) {
            assertEquals("libelle_ar", reader.next().fields().get(0), "the byte-order mark is not part of the first column's name");
        }
    }

    @Test
    void aUtf8SequenceCutAtTheEndIsNotUtf8() throws IOException {
        byte[] cut = {'a', ';', (byte) 0xD8};
        assertEquals(Encodings.WINDOWS_1256, Encodings.detect(new ByteArrayInputStream(cut)));
    }

    @Test
    void theDetectorGivenPiecesCutInsideCharactersStillSeesUtf8() {
        byte[] utf8 = "ابن جرير;1 234,50\n".getBytes(StandardCharsets.UTF_8);
        for (int cut = 1; cut < utf8.length; cut++) {
            Encodings.Detector detector = new Encodings.Detector();
            detector.update(utf8, 0, cut);
            detector.update(utf8, cut, utf8.length - cut);
            assertEquals(StandardCharsets.UTF_8, detector.charset(), "cut at " + cut);
        }
        Encodings.Detector cutShort = new Encodings.Detector();
        cutShort.update(utf8, 0, 1);
        assertEquals(Encodings.WINDOWS_1256, cutShort.charset(), "a character cut at the end of the file is not UTF-8");
    }

    @Test
    void aLongFileIsReadAcrossBufferBoundaries() throws IOException {
        StringBuilder s = new StringBuilder("n;texte\n");
        for (int i = 0; i < 20_000; i++) {
            s.append(i).append(";\"ligne ").append(i).append(" ; avec \"\"guillemets\"\"\"\r\n");
        }
        List<DelimitedReader.Record> records = read(s.toString());
        assertEquals(20_001, records.size());
        assertEquals(List.of("19999", "ligne 19999 ; avec \"guillemets\""), records.get(20_000).fields());
        assertEquals(20_001, records.get(20_000).line());
    }

    private static List<DelimitedReader.Record> read(String text) throws IOException {
        List<DelimitedReader.Record> records = new ArrayList<>();
        try (DelimitedReader reader = new DelimitedReader(new StringReader(text))) {
            DelimitedReader.Record r;
            while ((r = reader.next()) != null) {
                records.add(r);
            }
            assertNull(reader.next());
        }
        return records;
    }
}
