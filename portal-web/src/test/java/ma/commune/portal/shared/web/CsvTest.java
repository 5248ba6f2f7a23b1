package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() throws Exception {
        StringWriter out = new StringWriter();
        new Csv(out).row("a,b", "il a dit \"oui\"", "deux\nlignes", "الجماعة", null);
        assertEquals("\"a,b\",\"il a dit \"\"oui\"\"\",\"deux\nlignes\",الجماعة,\r\n", out.toString());
    }

    @Test
    void aTextThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'=SUM(A1:A9)", Csv.field("=SUM(A1:A9)"));
        assertEquals("'+212", Csv.field("+212"));
        assertEquals("'@cmd", Csv.field("@cmd"));
    }

    @Test
    void numbersAndDatesAreWrittenAsTheyAre() {
        assertEquals("-1500.50", Csv.field(new BigDecimal("-1500.50")));
        assertEquals("2026-05-04", Csv.field(LocalDate.of(2026, 5, 4)));
        assertEquals("42", Csv.field(42));
    }
}
