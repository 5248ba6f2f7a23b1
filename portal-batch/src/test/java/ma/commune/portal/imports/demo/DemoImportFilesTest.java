package ma.commune.portal.imports.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.commune.portal.imports.boundary.ImportFileName;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;
import ma.commune.portal.imports.control.DelimitedReader;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.Header;
import ma.commune.portal.imports.control.RecordFields;
import ma.commune.portal.imports.control.RecordFormat;
import ma.commune.portal.imports.control.RecordRejected;
import ma.commune.portal.imports.control.RejectLimit;
import ma.commune.portal.procurement.batch.AwardRow;
import ma.commune.portal.procurement.batch.AwardsFormat;
import ma.commune.portal.procurement.batch.TenderRow;
import ma.commune.portal.procurement.batch.TendersFormat;
import ma.commune.portal.procurement.entity.TenderStatus;
import ma.commune.portal.spending.batch.CommitmentRow;
import ma.commune.portal.spending.batch.CommitmentsFormat;
import ma.commune.portal.spending.batch.CreditRow;
import ma.commune.portal.spending.batch.CreditsFormat;
import ma.commune.portal.spending.batch.PaymentRow;
import ma.commune.portal.spending.batch.PaymentsFormat;
import ma.commune.portal.spending.entity.CommitmentStatus;
import ma.commune.portal.spending.entity.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's files pass the contract's checks ({@link FileCheck}, with the database's cross-file checks
 * played from the files themselves), except exactly the bad lines they carry on purpose; and they are
 * the same for the same day.
 */
class DemoImportFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void everyFilePassesTheContractExceptTheIntendedBadLines() throws IOException {
        Map<String, Long> counts = checkAll(TODAY);
        assertTrue(counts.get("ENGAGEMENTS") > 2_000 && counts.get("ENGAGEMENTS") < 5_000, counts.toString());
        assertTrue(counts.get("PAIEMENTS") > 2_000, counts.toString());
        assertTrue(counts.get("AVIS") >= 90 && counts.get("AVIS") <= 110, counts.toString());
        assertTrue(counts.get("ATTRIBUTIONS") > 40, counts.toString());
    }

    @Test
    void earlyInTheYearTooTheFilesPassWithTheirIntendedBadLines() throws IOException {
        for (LocalDate day : List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 6), LocalDate.of(2027, 2, 15), LocalDate.of(2028, 12, 31))) {
            checkAll(day);
        }
    }

    /** Every file checked as the jobs check it; the intended bad lines, and only they, rejected; the good records per kind. */
    private static Map<String, Long> checkAll(LocalDate today) throws IOException {
        List<DemoImportFiles.DemoFile> files = DemoImportFiles.forDemo(today);
        assertEquals(10, files.size());
        List<DemoImportFiles.IntendedReject> found = new ArrayList<>();
        Set<String> lines = new HashSet<>();
        Map<String, BigDecimal> committed = new HashMap<>();
        Map<String, BigDecimal> ordered = new HashMap<>();
        Set<String> tenders = new HashSet<>();
        Map<String, Long> counts = new HashMap<>();
        for (DemoImportFiles.DemoFile file : files) {
            assertTrue(ImportFileName.parse(file.name()).isPresent(), file.name());
            String kind = file.name().substring(0, file.name().indexOf('_'));
            List<Rejection> rejections = new ArrayList<>();
            FileCheck.Outcome outcome = switch (kind) {
                case "CREDITS" -> check(file, new CreditsFormat(), (CreditRow r, RecordFields f) -> lines.add(r.year() + "|" + r.lineCode()), rejections);
                case "ENGAGEMENTS" -> check(file, new CommitmentsFormat(), (CommitmentRow r, RecordFields f) -> {
                    if (!lines.contains(r.year() + "|" + r.lineCode())) {
                        throw f.reject("code_rubrique", r.lineCode(), Reason.UNKNOWN_BUDGET_LINE);
                    }
                    assertTrue(!r.date().isAfter(today), "no commitment after the run day: " + r);
                    committed.put(r.year() + "|" + r.number(), r.status() == CommitmentStatus.VISE ? r.amount() : BigDecimal.ZERO);
                }, rejections);
                case "PAIEMENTS" -> check(file, new PaymentsFormat(), (PaymentRow r, RecordFields f) -> {
                    assertTrue(!r.orderDate().isAfter(today), "no payment order after the run day: " + r);
                    String key = r.year() + "|" + r.commitmentNumber();
                    BigDecimal limit = committed.get(key);
                    if (limit == null) {
                        throw f.reject("numero_engagement", r.commitmentNumber(), Reason.UNKNOWN_COMMITMENT);
                    }
                    BigDecimal after = ordered.getOrDefault(key, BigDecimal.ZERO).add(r.status() == PaymentStatus.REJETE ? BigDecimal.ZERO : r.ordered());
                    if (after.compareTo(limit) > 0) {
                        throw f.reject("montant_ordonnance", r.ordered().toPlainString(), Reason.ORDERED_EXCEEDS_COMMITTED);
                    }
                    ordered.put(key, after);
                }, rejections);
                case "AVIS" -> check(file, new TendersFormat(), (TenderRow r, RecordFields f) -> tenders.add(r.reference()), rejections);
                case "ATTRIBUTIONS" -> check(file, new AwardsFormat(), (AwardRow r, RecordFields f) -> {
                    if (!tenders.contains(r.tenderReference())) {
                        throw f.reject("reference_ao", r.tenderReference(), Reason.UNKNOWN_TENDER);
                    }
                }, rejections);
                default -> throw new AssertionError(kind);
            };
            counts.merge(kind, outcome.records() - outcome.rejected(), Long::sum);
            rejections.forEach(r -> found.add(new DemoImportFiles.IntendedReject(file.name(), r.line(), r.column(), r.reason().name())));
        }
        assertEquals(DemoImportFiles.intendedRejects(today), found, today.toString());
        assertEquals(5, found.size());
        return counts;
    }

    @Test
    void someCallsForTendersAreOpenWithADeadlineInTheComingWeeksAndCommitmentsFollowTheirContracts() throws IOException {
        List<DemoImportFiles.DemoFile> files = DemoImportFiles.forDemo(TODAY);
        List<TenderRow> tenders = rows(file(files, "AVIS_2026"), new TendersFormat());
        List<TenderRow> open = tenders.stream().filter(t -> t.status() == TenderStatus.PUBLIE && t.deadline().isAfter(LocalDateTime.of(2026, 11, 29, 23, 0)))
                .toList();
        assertTrue(open.size() >= 5, open.toString());
        assertTrue(open.stream().allMatch(t -> t.deadline().isBefore(TODAY.plusWeeks(7).atStartOfDay())));
        assertTrue(tenders.stream().anyMatch(t -> t.status() == TenderStatus.INFRUCTUEUX || t.status() == TenderStatus.ANNULE));
        List<AwardRow> awards = rows(file(files, "ATTRIBUTIONS_2025"), new AwardsFormat());
        assertTrue(awards.stream().allMatch(a -> a.contractNumber().matches("\\d{2}/2025/CBG")));
        Set<String> contracts = new HashSet<>();
        awards.forEach(a -> contracts.add(a.contractNumber()));
        List<CommitmentRow> commitments = rows(file(files, "ENGAGEMENTS_2025"), new CommitmentsFormat());
        assertTrue(commitments.stream().filter(c -> c.contractReference() != null && contracts.contains(c.contractReference())).count() > 20);
        assertTrue(commitments.stream().anyMatch(c -> c.ice() == null), "some suppliers are natural persons");
        assertTrue(commitments.stream().allMatch(c -> c.number().startsWith("ENG-2025-")));
        assertTrue(commitments.stream().allMatch(c -> c.ice() == null || c.ice().matches("\\d{15}")));
        List<PaymentRow> payments = rows(file(files, "PAIEMENTS_2026"), new PaymentsFormat());
        assertTrue(payments.stream().anyMatch(p -> p.status() == PaymentStatus.ORDONNANCE));
        assertTrue(payments.stream().anyMatch(p -> p.status() == PaymentStatus.REJETE));
        assertTrue(payments.stream().noneMatch(p -> p.orderDate().isAfter(TODAY)));
    }

    @Test
    void theSameDayGivesTheSameBytesAndTheFilesCarryWhatRealExportsCarry() {
        List<DemoImportFiles.DemoFile> one = DemoImportFiles.forDemo(TODAY);
        List<DemoImportFiles.DemoFile> two = DemoImportFiles.forDemo(TODAY);
        for (int i = 0; i < one.size(); i++) {
            assertEquals(one.get(i).name(), two.get(i).name());
            assertArrayEquals(one.get(i).content(), two.get(i).content());
        }
        String credits = file(one, "CREDITS_2025").text();
        assertTrue(credits.startsWith("\uFEFFExercice;Section;Code rubrique;Libellé FR"), "a BOM and accented names");
        assertTrue(credits.contains(";التجهيز;"), "an Arabic spelling of the section");
        String commitments = file(one, "ENGAGEMENTS_2026").text();
        assertTrue(commitments.contains(" MAD;") && commitments.contains(" DH;") && commitments.contains("\u00A0"), "amount suffixes and separators");
        assertTrue(commitments.contains("\"Facture d'eau des espaces verts; arrosage\""), "a quoted field holding the separator");
        assertTrue(commitments.matches("(?s).*\\n#TOTAL;\\d+;[\\d ]+,\\d\\d\\n$"));
    }

    @Test
    void theBenchmarkFileHasItsLinesAndATrailerTheCheckAccepts(@TempDir Path dir) throws IOException {
        Path file = DemoImportFiles.writeBenchmark(dir, 2031, 5_000, TODAY, 0, false);
        Path crlf = DemoImportFiles.writeBenchmark(dir.resolve("crlf"), 2031, 5_000, TODAY, 0, true);
        FileCheck.Outcome outcome = FileCheck.run(new StringReader(Files.readString(file)), new CommitmentsFormat(), RejectLimit.DEFAULT,
                null, r -> {
                    throw new AssertionError(r.toString());
                });
        assertEquals(5_000, outcome.records());
        FileCheck.Outcome again = FileCheck.run(new StringReader(Files.readString(crlf)), new CommitmentsFormat(), RejectLimit.DEFAULT,
                null, r -> {
                    throw new AssertionError(r.toString());
                });
        assertEquals(outcome, again);
        assertEquals(rows(Files.readString(file), new CommitmentsFormat()), rows(Files.readString(crlf), new CommitmentsFormat()),
                "the same records, other bytes");
        FileCheck.run(new StringReader(Files.readString(dir.resolve("CREDITS_2031_20261129.csv"))), new CreditsFormat(), RejectLimit.DEFAULT,
                null, r -> {
                    throw new AssertionError(r.toString());
                });
    }

    private static DemoImportFiles.DemoFile file(List<DemoImportFiles.DemoFile> files, String prefix) {
        return files.stream().filter(f -> f.name().startsWith(prefix + "_")).findFirst().orElseThrow();
    }

    private static <T> FileCheck.Outcome check(DemoImportFiles.DemoFile file, RecordFormat<T> format, FileCheck.RowCheck<T> rowCheck,
                                               List<Rejection> rejections) throws IOException {
        return FileCheck.run(new StringReader(withoutBom(file.text())), format, RejectLimit.DEFAULT, rowCheck, rejections::add);
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static <T> List<T> rows(DemoImportFiles.DemoFile file, RecordFormat<T> format) throws IOException {
        return rows(file.text(), format);
    }

    private static <T> List<T> rows(String text, RecordFormat<T> format) throws IOException {
        List<T> rows = new ArrayList<>();
        try (DelimitedReader reader = new DelimitedReader(new StringReader(withoutBom(text)))) {
            Header header = FileCheck.header(reader, format);
            DelimitedReader.Record record;
            while ((record = reader.next()) != null) {
                if (record.isTrailer()) {
                    continue;
                }
                try {
                    rows.add(format.parse(new RecordFields(header, record)));
                } catch (RecordRejected rejected) {
                    // the intended bad lines
                }
            }
        }
        return rows;
    }
}
