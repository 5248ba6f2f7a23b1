package ma.commune.portal.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import ma.commune.portal.imports.boundary.ImportFileName;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The values of the import contract: amounts, dates, years, column names, file names, the reject limit. */
class ValueParsersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 234 567,89|1234567.89",
            "1\u00A0234\u00A0567,89|1234567.89",
            "1\u202F234\u202F567,89|1234567.89",
            "1.234.567,89|1234567.89",
            "1234567,89|1234567.89",
            "1.234|1234.00",
            "12|12.00",
            "12,5|12.50",
            "0,00|0.00",
            "1 234,50 MAD|1234.50",
            "1 234,50MAD|1234.50",
            "100 DH|100.00",
            "100 dh|100.00",
            "'  250,00  '|250.00"})
    void amountsAreReadAsTheExportsWriteThem(String text, String expected) {
        assertEquals(new BigDecimal(expected), Amounts.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234.56", "12,5,0", "abc", "", " ", "1,234", "1 23 456", "1 234.567", "1.23", "12.345,6.7",
            "1 234,567", "MAD", "١٢٣", "+5", "1e3", "12,", ",5", "1..234"})
    void whatIsNotAnAmountIsRefused(String text) {
        ValueProblem problem = assertThrows(ValueProblem.class, () -> Amounts.parse(text));
        assertEquals(Reason.NOT_AN_AMOUNT, problem.reason());
        assertFalse(Amounts.isAmount(text));
    }

    @org.junit.jupiter.api.Test
    void aNegativeAmountIsAnAmountButRefusedAsAValue() {
        assertEquals(Reason.NEGATIVE_AMOUNT, assertThrows(ValueProblem.class, () -> Amounts.parse("-1 234,00")).reason());
        assertEquals(new BigDecimal("-1234.00"), Amounts.parseSigned("-1 234,00"));
        assertTrue(Amounts.isAmount("-5"));
        assertEquals("1234567,89", Amounts.format(new BigDecimal("1234567.89")));
    }

    @org.junit.jupiter.api.Test
    void anAmountTheDatabaseCannotHoldIsRefusedAsAValueAtTheCheckNotByTheDatabaseHalfwayThrough() {
        assertEquals(new BigDecimal("9999999999999.99"), Amounts.parse("9 999 999 999 999,99"));
        assertEquals(Reason.AMOUNT_TOO_LARGE, assertThrows(ValueProblem.class, () -> Amounts.parse("10 000 000 000 000,00")).reason());
        assertEquals(Reason.AMOUNT_TOO_LARGE, assertThrows(ValueProblem.class, () -> Amounts.parse("123456789012345678")).reason());
        // The trailer's sum still reads it: the file's count and sum are checked over every record.
        assertEquals(new BigDecimal("10000000000000.00"), Amounts.parseSigned("10 000 000 000 000,00"));
        assertFalse(Reason.AMOUNT_TOO_LARGE.refusesFile(), "the record is rejected, not the file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0E-1", "E-1\u00A0", "\u202FE-1\u202F", "\u2007E-1", " \tE-1\u00A0 ", "E-1"})
    void valuesPaddedWithUnicodeSpacesAreTrimmedSoAKeyStaysOneKey(String padded) {
        Header header = Header.of(java.util.List.of("numero"), java.util.Set.of("numero"), java.util.Set.of("numero"), java.util.List.of());
        assertEquals("E-1", header.value(java.util.List.of(padded), "numero"));
        assertEquals("1 234,00", Header.trim("\u00A01 234,00\u202F"), "spaces inside stay");
        assertEquals(null, header.value(java.util.List.of("\u00A0\u202F "), "numero"), "only spaces is blank");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"05/03/2026|2026-03-05", "2026-03-05|2026-03-05", "29/02/2024|2024-02-29", " 31/12/2026 |2026-12-31"})
    void datesAreDayMonthYearOrIso(String text, String expected) {
        assertEquals(LocalDate.parse(expected), ImportDates.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/04/2026", "29/02/2026", "5/3/2026", "05/03/26", "2026/03/05", "03-05-2026", "", "05/03/2026 10:00", "demain"})
    void whatIsNotADateIsRefused(String text) {
        assertEquals(Reason.NOT_A_DATE, assertThrows(ValueProblem.class, () -> ImportDates.date(text)).reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"05/03/2026 10:30|2026-03-05T10:30", "2026-03-05 10:30|2026-03-05T10:30",
            "2026-03-05T10:30|2026-03-05T10:30"})
    void dateTimesAreDayMonthYearHoursMinutes(String text, String expected) {
        assertEquals(LocalDateTime.parse(expected), ImportDates.dateTime(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/03/2026", "05/03/2026 25:00", "05/03/2026 10h30", ""})
    void whatIsNotADateTimeIsRefused(String text) {
        assertEquals(Reason.NOT_A_DATE_TIME, assertThrows(ValueProblem.class, () -> ImportDates.dateTime(text)).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"26", "20266", "year", "1900", "3026", ""})
    void aFiscalYearIsFourDigitsWithinReason(String text) {
        assertEquals(Reason.NOT_A_YEAR, assertThrows(ValueProblem.class, () -> ImportDates.year(text)).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"montant_engage", "Montant engagé", "MONTANT_ENGAGE", " montant-engagé ", "Montant  Engagé", "\uFEFFmontant_engage",
            "MONTANT ENGAGÉ"})
    void columnNamesMatchWhateverTheirCaseAccentsAndSpaces(String name) {
        assertEquals("montant_engage", ColumnName.normalise(name));
    }

    @org.junit.jupiter.api.Test
    void fileNamesGiveKindYearDateAndSequence() {
        ImportFileName name = ImportFileName.parse("PAIEMENTS_2026_20261127_2.csv").orElseThrow();
        assertEquals(ImportKind.PAIEMENTS, name.kind());
        assertEquals(2026, name.year());
        assertEquals(LocalDate.of(2026, 11, 27), name.exportDate());
        assertEquals(2, name.sequence());
        assertEquals(0, ImportFileName.parse("credits_2026_20261127.csv").orElseThrow().sequence());
        for (String bad : new String[] {"ENGAGEMENTS_2026.csv", "ENGAGEMENTS_2026_20261131.csv", "FACTURES_2026_20261127.csv",
                "ENGAGEMENTS_2026_20261127.txt", "../ENGAGEMENTS_2026_20261127.csv"}) {
            assertTrue(ImportFileName.parse(bad).isEmpty(), bad);
        }
    }

    @org.junit.jupiter.api.Test
    void theNightTakesCreditsBeforeCommitmentsBeforePaymentsAndTendersBeforeAwards() {
        var names = new java.util.ArrayList<>(java.util.stream.Stream.of("ATTRIBUTIONS_2026_20261127.csv", "PAIEMENTS_2026_20261127.csv",
                        "AVIS_2026_20261127.csv", "ENGAGEMENTS_2026_20261127.csv", "CREDITS_2026_20261127.csv", "ENGAGEMENTS_2026_20261126.csv")
                .map(n -> ImportFileName.parse(n).orElseThrow()).toList());
        names.sort(ImportFileName.NIGHTLY_ORDER);
        var kinds = names.stream().map(n -> n.kind().name() + "@" + n.exportDate().getDayOfMonth()).toList();
        assertEquals(java.util.List.of("CREDITS@27", "ENGAGEMENTS@26", "ENGAGEMENTS@27", "PAIEMENTS@27", "AVIS@27", "ATTRIBUTIONS@27"), kinds);
        for (ImportKind kind : ImportKind.values()) {
            for (ImportKind before : kind.prerequisites()) {
                assertTrue(before.ordinal() < kind.ordinal(), kind + " after " + before);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theRejectLimitIsOnePercentAndAtLeastTen() {
        assertEquals(10, RejectLimit.DEFAULT.allowed(5));
        assertEquals(10, RejectLimit.DEFAULT.allowed(1_000));
        assertEquals(12, RejectLimit.DEFAULT.allowed(1_250));
        assertEquals(10_000, RejectLimit.DEFAULT.allowed(1_000_000));
        assertFalse(RejectLimit.DEFAULT.exceeded(10, 100));
        assertTrue(RejectLimit.DEFAULT.exceeded(11, 100));
        assertEquals(0, new RejectLimit(0, 0).allowed(1_000_000));
        assertThrows(IllegalArgumentException.class, () -> new RejectLimit(101, 0));
    }
}
