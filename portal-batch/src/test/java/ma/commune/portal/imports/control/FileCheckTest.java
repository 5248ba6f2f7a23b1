package ma.commune.portal.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;
import ma.commune.portal.procurement.batch.AwardRow;
import ma.commune.portal.procurement.batch.AwardsFormat;
import ma.commune.portal.procurement.batch.TenderRow;
import ma.commune.portal.procurement.batch.TendersFormat;
import ma.commune.portal.procurement.entity.TenderCategory;
import ma.commune.portal.procurement.entity.TenderProcedure;
import ma.commune.portal.procurement.entity.TenderStatus;
import ma.commune.portal.spending.batch.CommitmentRow;
import ma.commune.portal.spending.batch.CommitmentsFormat;
import ma.commune.portal.spending.batch.CreditRow;
import ma.commune.portal.spending.batch.CreditsFormat;
import ma.commune.portal.spending.batch.PaymentRow;
import ma.commune.portal.spending.batch.PaymentsFormat;
import ma.commune.portal.spending.entity.BudgetSection;
import ma.commune.portal.spending.entity.CommitmentStatus;
import ma.commune.portal.spending.entity.PaymentMode;
import ma.commune.portal.spending.entity.PaymentStatus;
import org.junit.jupiter.api.Test;

/** The whole-file check and the rules of each of the five file kinds. */
class FileCheckTest {

    private static final String COMMITMENTS_HEADER =
            "exercice;numero_engagement;date_engagement;code_rubrique;objet;beneficiaire;ice;reference_marche;montant_engage;statut\n";

    private final List<Rejection> rejections = new ArrayList<>();

    @Test
    void aCleanFilePassesWithItsCountAndSum() throws IOException {
        FileCheck.Outcome outcome = check(new CommitmentsFormat(), COMMITMENTS_HEADER
                + "2026;E-1;05/03/2026;10.20.30.11;Lampes LED;Société Lumière SARL;001234567000089;12/2026/CBG;1 234,50;VISE\n"
                + "2026;e-2;2026-03-06;10.20.30.11;\"Entretien; voirie\";Ahmed B.;;;\"2 000,00 MAD\";Visé\n"
                + "#TOTAL;2;3 234,50\n");
        assertEquals(new FileCheck.Outcome(2, 0, new BigDecimal("3234.50")), outcome);
        assertTrue(rejections.isEmpty());
    }

    @Test
    void columnsAreFoundByNameInAnyOrderWhateverTheirSpellingAndUnknownOnesAreIgnored() throws IOException {
        String text = "Statut;Montant engagé;Bénéficiaire;Objet;Code Rubrique;Date Engagement;NUMERO ENGAGEMENT;Exercice;Commentaire\n"
                + "ANNULE;10,00;X;Y;10.20.30.11;05/03/2026;E-9;2026;ignoré\n#TOTAL;1;10,00\n";
        List<CommitmentRow> rows = rows(new CommitmentsFormat(), text);
        assertEquals(new CommitmentRow(2026, "E-9", LocalDate.of(2026, 3, 5), "10.20.30.11", "Y", "X", null, null,
                new BigDecimal("10.00"), CommitmentStatus.ANNULE), rows.get(0));
    }

    @Test
    void aMissingRequiredColumnRefusesTheFile() {
        FileRefused refused = refused(new CommitmentsFormat(), COMMITMENTS_HEADER.replace(";montant_engage", "") + "#TOTAL;0;0\n");
        assertEquals(Reason.HEADER_MISSING_COLUMN, refused.reason());
        assertEquals("montant_engage", refused.detail());
        assertEquals(Reason.HEADER_DUPLICATE_COLUMN,
                refused(new CommitmentsFormat(), COMMITMENTS_HEADER.replace("objet", "montant engagé") + "#TOTAL;0;0\n").reason());
        assertEquals(Reason.FILE_EMPTY, refused(new CommitmentsFormat(), "\n\n").reason());
    }

    @Test
    void aMissingOrWrongTrailerRefusesTheFile() {
        String line = "2026;E-1;05/03/2026;10.20.30.11;Objet;Fournisseur;;;100,00;VISE\n";
        assertEquals(Reason.TRAILER_MISSING, refused(new CommitmentsFormat(), COMMITMENTS_HEADER + line).reason());
        assertEquals(Reason.TRAILER_COUNT_MISMATCH, refused(new CommitmentsFormat(), COMMITMENTS_HEADER + line + "#TOTAL;2;100,00\n").reason());
        assertEquals(Reason.TRAILER_SUM_MISMATCH, refused(new CommitmentsFormat(), COMMITMENTS_HEADER + line + "#TOTAL;1;100,01\n").reason());
        assertEquals(Reason.TRAILER_MALFORMED, refused(new CommitmentsFormat(), COMMITMENTS_HEADER + line + "#TOTAL;un;100,00\n").reason());
        assertEquals(Reason.RECORDS_AFTER_TRAILER,
                refused(new CommitmentsFormat(), COMMITMENTS_HEADER + "#TOTAL;1;100,00\n" + line).reason());
    }

    @Test
    void theTrailerCountsRecordsNotLinesAndSumsBadRecordsToo() throws IOException {
        String text = COMMITMENTS_HEADER
                + "2026;E-1;05/03/2026;10.20.30.11;\"Objet sur\ndeux lignes\";Fournisseur;;;100,00;VISE\n"
                + "2026;E-2;31/02/2026;10.20.30.11;Date impossible;Fournisseur;;;50,00;VISE\n"
                + "2026;E-3;05/03/2026;10.20.30.11;Négatif;Fournisseur;;;-20,00;VISE\n"
                + "#TOTAL;3;130,00\n";
        FileCheck.Outcome outcome = check(new CommitmentsFormat(), text);
        assertEquals(3, outcome.records());
        assertEquals(2, outcome.rejected());
        assertEquals(List.of(new Rejection(4, "date_engagement", "31/02/2026", Reason.NOT_A_DATE),
                new Rejection(5, "montant_engage", "-20,00", Reason.NEGATIVE_AMOUNT)), rejections);
    }

    @Test
    void anUnreadableMainAmountRefusesTheFileButAnotherUnreadableAmountOnlyItsLine() throws IOException {
        FileRefused refused = refused(new CommitmentsFormat(), COMMITMENTS_HEADER
                + "2026;E-1;05/03/2026;10.20.30.11;Objet;Fournisseur;;;1234.56;VISE\n#TOTAL;1;1234,56\n");
        assertEquals(Reason.MAIN_AMOUNT_UNREADABLE, refused.reason());
        assertEquals(2, refused.line());

        String payments = "exercice;numero_op;date_op;numero_engagement;montant_ordonnance;date_paiement;montant_paye;mode_paiement;statut\n"
                + "2026;OP-1;10/03/2026;E-1;100,00;12/03/2026;12,5,0;VIREMENT;PAYE\n#TOTAL;1;100,00\n";
        assertEquals(1, check(new PaymentsFormat(), payments).rejected());
        assertEquals(new Rejection(2, "montant_paye", "12,5,0", Reason.NOT_AN_AMOUNT), rejections.get(0));
    }

    @Test
    void rejectsBeyondTheLimitRefuseTheFile() {
        StringBuilder s = new StringBuilder(COMMITMENTS_HEADER);
        for (int i = 0; i < 20; i++) {
            s.append("2026;E-").append(i).append(";05/03/2026;").append(i < 11 ? "10.20" : "10.20.30.11")
                    .append(";Objet;Fournisseur;;;1,00;VISE\n");
        }
        s.append("#TOTAL;20;20,00\n");
        FileRefused refused = refused(new CommitmentsFormat(), s.toString());
        assertEquals(Reason.TOO_MANY_REJECTS, refused.reason());
        assertEquals(11, rejections.size(), "the report still lists every rejected record");
    }

    @Test
    void aRecordWithAnotherNumberOfFieldsOrBrokenQuotesIsRejectedAlone() throws IOException {
        String text = COMMITMENTS_HEADER
                + "2026;E-1;05/03/2026;10.20.30.11;Objet;Fournisseur;;;100,00;VISE;en trop\n"
                + "2026;E-2;05/03/2026;10.20.30.11;\"Objet\"x;Fournisseur;;;100,00;VISE\n"
                + "#TOTAL;2;200,00\n";
        assertEquals(2, check(new CommitmentsFormat(), text).rejected());
        assertEquals(Reason.WRONG_FIELD_COUNT, rejections.get(0).reason());
        assertEquals(Reason.MALFORMED_QUOTES, rejections.get(1).reason());
        // A field missing before the main amount shifts it: the trailer can no longer be verified.
        FileRefused shifted = refused(new CommitmentsFormat(),
                COMMITMENTS_HEADER + "2026;E-3;05/03/2026;10.20.30.11;Objet;Fournisseur;;100,00;VISE\n#TOTAL;1;100,00\n");
        assertEquals(Reason.MAIN_AMOUNT_UNREADABLE, shifted.reason());
    }

    @Test
    void aRowCheckThatNeedsTheDatabaseRejectsTheRecord() throws IOException {
        String text = COMMITMENTS_HEADER + "2026;E-1;05/03/2026;99.99.99.99;Objet;Fournisseur;;;100,00;VISE\n#TOTAL;1;100,00\n";
        Set<String> opened = Set.of("10.20.30.11");
        FileCheck.Outcome outcome = FileCheck.run(new StringReader(text), new CommitmentsFormat(), RejectLimit.DEFAULT,
                (CommitmentRow row, RecordFields f) -> {
                    if (!opened.contains(row.lineCode())) {
                        throw f.reject("code_rubrique", row.lineCode(), Reason.UNKNOWN_BUDGET_LINE);
                    }
                }, rejections::add);
        assertEquals(1, outcome.rejected());
        assertEquals(new Rejection(2, "code_rubrique", "99.99.99.99", Reason.UNKNOWN_BUDGET_LINE), rejections.get(0));
    }

    @Test
    void creditsTolerateSectionSpellingsAndNeedALabelInOneLanguage() throws IOException {
        String text = "exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n"
                + "2026;F;10.20.30.11;Éclairage public;;1 000 000,00\n"
                + "2026;التجهيز;20.10.10.01;;تهيئة الطرق;2.500.000,00 DH\n"
                + "2026;investissement;20.10.10.02;;;1,00\n"
                + "2026;X;20.10.10.03;Autre;;1,00\n"
                + "2026;I;20.10;Code court;;1,00\n"
                + "#TOTAL;5;3 500 003,00\n";
        List<CreditRow> rows = rows(new CreditsFormat(), text);
        assertEquals(List.of(new CreditRow(2026, BudgetSection.FONCTIONNEMENT, "10.20.30.11", "Éclairage public", null,
                        new BigDecimal("1000000.00")),
                new CreditRow(2026, BudgetSection.INVESTISSEMENT, "20.10.10.01", null, "تهيئة الطرق", new BigDecimal("2500000.00"))), rows);
        assertEquals(List.of(Reason.LABEL_MISSING, Reason.UNKNOWN_VALUE, Reason.NOT_A_BUDGET_LINE_CODE),
                rejections.stream().map(Rejection::reason).toList());
        assertEquals(Reason.HEADER_MISSING_COLUMN,
                refused(new CreditsFormat(), "exercice;section;code_rubrique;credits_ouverts\n#TOTAL;0;0\n").reason());
    }

    @Test
    void creditsReadTheArabicOperatingSectionAndTheInvestmentInitial() throws IOException {
        String text = "exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n"
                + "2026;التسيير;10.20.30.11;;الإنارة العمومية;10,00\n"
                + "2026;I;20.10.10.01;Voirie;;20,00\n"
                + "2026; fonctionnement ;10.20.30.12;Propreté;;30,00\n"
                + "#TOTAL;3;60,00\n";
        assertEquals(List.of(BudgetSection.FONCTIONNEMENT, BudgetSection.INVESTISSEMENT, BudgetSection.FONCTIONNEMENT),
                rows(new CreditsFormat(), text).stream().map(CreditRow::section).toList());
        assertEquals(List.of(), rejections);
    }

    @Test
    void aTenderWithoutASubjectInEitherLanguageIsRejected() throws IOException {
        String text = "reference;objet_fr;objet_ar;categorie;procedure;estimation;caution_provisoire;date_publication;date_limite;"
                + "date_ouverture_plis;lieu_ouverture;statut\n"
                + "AO 09/2026/CBG;;;TRAVAUX;AOO;100,00;;01/03/2026;02/04/2026 10:00;;;PUBLIE\n"
                + "AO 10/2026/CBG;;صيانة;SERVICES;AOO;200,00;;01/03/2026;02/04/2026 10:00;;;PUBLIE\n"
                + "#TOTAL;2;300,00\n";
        assertEquals(List.of("AO 10/2026/CBG"), rows(new TendersFormat(), text).stream().map(TenderRow::reference).toList());
        assertEquals(List.of(new Rejection(2, "objet_fr", null, Reason.LABEL_MISSING)), rejections);
    }

    @Test
    void aNegativeOrTooLargeAmountInAnotherColumnRejectsItsLineOnly() throws IOException {
        String text = "exercice;numero_op;date_op;numero_engagement;montant_ordonnance;date_paiement;montant_paye;mode_paiement;statut\n"
                + "2026;OP-1;10/03/2026;E-1;100,00;12/03/2026;-100,00;VIREMENT;PAYE\n"
                + "2026;OP-2;10/03/2026;E-1;100,00;12/03/2026;10 000 000 000 000,00;VIREMENT;PAYE\n"
                + "2026;OP-3;10/03/2026;E-1;100,00;12/03/2026;100,00;VIREMENT;PAYE\n"
                + "#TOTAL;3;300,00\n";
        assertEquals(List.of("OP-3"), rows(new PaymentsFormat(), text).stream().map(PaymentRow::orderNumber).toList());
        assertEquals(List.of(new Rejection(2, "montant_paye", "-100,00", Reason.NEGATIVE_AMOUNT),
                new Rejection(3, "montant_paye", "10 000 000 000 000,00", Reason.AMOUNT_TOO_LARGE)), rejections);
    }

    @Test
    void anIceIsFifteenDigitsWhenPresent() throws IOException {
        String text = COMMITMENTS_HEADER
                + "2026;E-1;05/03/2026;10.20.30.11;Objet;Fournisseur;001 234 567 000 089;;1,00;VISE\n"
                + "2026;E-2;05/03/2026;10.20.30.11;Objet;Fournisseur;12345;;1,00;VISE\n"
                + "#TOTAL;2;2,00\n";
        List<CommitmentRow> rows = rows(new CommitmentsFormat(), text);
        assertEquals("001234567000089", rows.get(0).ice());
        assertEquals(List.of(new Rejection(3, "ice", "12345", Reason.NOT_AN_ICE)), rejections);
    }

    @Test
    void paymentsReadTheirOptionalPaymentAndStatus() throws IOException {
        String text = "exercice;numero_op;date_op;numero_engagement;montant_ordonnance;date_paiement;montant_paye;mode_paiement;statut\n"
                + "2026;op-1;10/03/2026;e-1;100,00;12/03/2026;100,00;Chèque;Payé\n"
                + "2026;OP-2;10/03/2026;E-1;50,00;;;;ORDONNANCE\n"
                + "2026;OP-3;10/03/2026;E-1;50,00;;;CARTE;ORDONNANCE\n"
                + "#TOTAL;3;200,00\n";
        List<PaymentRow> rows = rows(new PaymentsFormat(), text);
        assertEquals(new PaymentRow(2026, "OP-1", LocalDate.of(2026, 3, 10), "E-1", new BigDecimal("100.00"), LocalDate.of(2026, 3, 12),
                new BigDecimal("100.00"), PaymentMode.CHEQUE, PaymentStatus.PAYE), rows.get(0));
        assertNull(rows.get(1).paidOn());
        assertEquals(List.of(new Rejection(4, "mode_paiement", "CARTE", Reason.UNKNOWN_VALUE)), rejections);
    }

    @Test
    void tendersHaveAnOptionalEstimateAsTheirMainAmount() throws IOException {
        String text = "reference;objet_fr;objet_ar;categorie;procedure;estimation;caution_provisoire;date_publication;date_limite;"
                + "date_ouverture_plis;lieu_ouverture;statut\n"
                + "ao 07/2026/cbg;Éclairage LED;;Travaux;AOO;1 200 000,00;12 000,00;01/03/2026;02/04/2026 10:00;02/04/2026 10:30;Salle du conseil;Publié\n"
                + "BC 45/2026;;شراء لوازم المكتب;FOURNITURES;BC;;;01/03/2026;15/03/2026 12:00;;;PUBLIE\n"
                + "AO 08/2026/CBG;Voirie;;TRAVAUX;AOO;;;01/03/2026;02/04/2026;;;PUBLIE\n"
                + "#TOTAL;3;1 200 000,00\n";
        List<TenderRow> rows = rows(new TendersFormat(), text);
        assertEquals(new TenderRow("AO 07/2026/CBG", "Éclairage LED", null, TenderCategory.TRAVAUX, TenderProcedure.AOO,
                new BigDecimal("1200000.00"), new BigDecimal("12000.00"), LocalDate.of(2026, 3, 1), LocalDateTime.of(2026, 4, 2, 10, 0),
                LocalDateTime.of(2026, 4, 2, 10, 30), "Salle du conseil", TenderStatus.PUBLIE), rows.get(0));
        assertNull(rows.get(1).estimate());
        assertEquals(List.of(new Rejection(4, "date_limite", "02/04/2026", Reason.NOT_A_DATE_TIME)), rejections);
    }

    @Test
    void awardsNeedTheirContractNumberAndApproval() throws IOException {
        String text = "reference_ao;numero_marche;attributaire;ice;montant_ttc;date_approbation;delai_execution_jours\n"
                + "AO 07/2026/CBG;12/2026/cbg;Société Lumière SARL;001234567000089;1 150 000,00;20/04/2026;90\n"
                + "AO 07/2026/CBG;;Sans numéro;;1,00;20/04/2026;\n"
                + "AO 07/2026/CBG;13/2026/CBG;Délai faux;;1,00;20/04/2026;trois mois\n"
                + "#TOTAL;3;1 150 002,00\n";
        List<AwardRow> rows = rows(new AwardsFormat(), text);
        assertEquals(new AwardRow("AO 07/2026/CBG", "12/2026/CBG", "Société Lumière SARL", "001234567000089", new BigDecimal("1150000.00"),
                LocalDate.of(2026, 4, 20), 90), rows.get(0));
        assertEquals(List.of(Reason.REQUIRED_VALUE_MISSING, Reason.UNKNOWN_VALUE), rejections.stream().map(Rejection::reason).toList());
    }

    @Test
    void everyRecordReasonIsNotAFileReasonAndTheOtherWayRound() {
        assertTrue(Reason.NOT_AN_AMOUNT.refusesFile() == false && Reason.TOO_MANY_REJECTS.refusesFile());
        assertTrue(Reason.VALUE_TOO_LONG.ordinal() < Reason.FILE_EMPTY.ordinal());
    }

    private <T> FileCheck.Outcome check(RecordFormat<T> format, String text) throws IOException {
        return FileCheck.run(new StringReader(text), format, RejectLimit.DEFAULT, null, rejections::add);
    }

    private <T> FileRefused refused(RecordFormat<T> format, String text) {
        return assertThrows(FileRefused.class, () -> check(format, text));
    }

    /** The rows of the records that pass, in order. */
    private <T> List<T> rows(RecordFormat<T> format, String text) throws IOException {
        List<T> rows = new ArrayList<>();
        check(format, text);
        try (DelimitedReader reader = new DelimitedReader(new StringReader(text))) {
            Header header = FileCheck.header(reader, format);
            DelimitedReader.Record record;
            while ((record = reader.next()) != null) {
                if (!record.isTrailer() && FileCheck.rejection(header, record, format, null) == null) {
                    rows.add(FileCheck.parse(header, record, format, null));
                }
            }
        }
        return rows;
    }
}
