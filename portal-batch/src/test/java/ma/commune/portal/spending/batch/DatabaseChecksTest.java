package ma.commune.portal.spending.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.RejectLimit;
import ma.commune.portal.imports.control.RowWriter;
import ma.commune.portal.procurement.batch.AwardsFormat;
import ma.commune.portal.procurement.batch.KnownTenders;
import ma.commune.portal.spending.entity.BudgetSection;
import ma.commune.portal.spending.entity.CommitmentStatus;
import ma.commune.portal.spending.entity.PaymentStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract's rules that need the database, on H2 with the real migrations: a commitment's budget
 * line must be opened for its year, a payment order must pay a known commitment and its commitment's
 * orders may not exceed it (an order seen again replaces its earlier amount, a rejected one counts for
 * nothing), an award must name a known call for tenders.
 */
class DatabaseChecksTest {

    private static final String URL = "jdbc:h2:mem:database-checks;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final String PAYMENTS = "exercice;numero_op;date_op;numero_engagement;montant_ordonnance;date_paiement;montant_paye;mode_paiement;statut\n";

    private Connection connection;
    private final List<Rejection> rejections = new ArrayList<>();

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    @BeforeEach
    void data() throws SQLException {
        connection = DriverManager.getConnection(URL, "sa", "");
        new RowWriter<>(ImportKind.CREDITS, new BudgetLines()).write(connection, List.of(new CreditRow(2026, BudgetSection.FONCTIONNEMENT,
                "10.20.30.11", "Éclairage", null, new BigDecimal("1000.00"))), 1, Instant.now());
        new RowWriter<>(ImportKind.ENGAGEMENTS, new Commitments()).write(connection, List.of(new CommitmentRow(2026, "E-1",
                LocalDate.of(2026, 3, 5), "10.20.30.11", "Lampes", "Lumière SARL", null, null, new BigDecimal("100.00"), CommitmentStatus.VISE)),
                2, Instant.now());
        new RowWriter<>(ImportKind.PAIEMENTS, new PaymentOrders()).write(connection, List.of(new PaymentRow(2026, "OP-1",
                LocalDate.of(2026, 3, 10), "E-1", new BigDecimal("60.00"), null, null, null, PaymentStatus.ORDONNANCE)), 3, Instant.now());
    }

    @AfterEach
    void empty() throws SQLException {
        for (String table : List.of("payment_order", "commitment", "budget_line", "tender", "award")) {
            connection.createStatement().execute("DELETE FROM " + table);
        }
        connection.close();
    }

    @Test
    void aCommitmentNeedsItsBudgetLineOpenedForItsYear() throws Exception {
        String file = "exercice;numero_engagement;date_engagement;code_rubrique;objet;beneficiaire;ice;reference_marche;montant_engage;statut\n"
                + "2026;E-2;05/03/2026;10.20.30.11;Objet;Fournisseur;;;1,00;VISE\n"
                + "2027;E-3;05/03/2027;10.20.30.11;Autre année;Fournisseur;;;1,00;VISE\n"
                + "2026;E-4;05/03/2026;10.20.30.12;Autre ligne;Fournisseur;;;1,00;VISE\n"
                + "#TOTAL;3;3,00\n";
        assertEquals(2, check(file, new CommitmentsFormat(), OpenedBudgetLines.load(connection)).rejected());
        assertEquals(List.of(new Rejection(3, "code_rubrique", "10.20.30.11", Reason.UNKNOWN_BUDGET_LINE),
                new Rejection(4, "code_rubrique", "10.20.30.12", Reason.UNKNOWN_BUDGET_LINE)), rejections);
    }

    @Test
    void ordersMayNotExceedTheirCommitmentCountingWhatIsAlreadyOrderedOnce() throws Exception {
        String file = PAYMENTS
                + "2026;OP-2;11/03/2026;E-1;40,00;;;;ORDONNANCE\n"       // 60 + 40 = 100: within
                + "2026;OP-3;12/03/2026;E-1;0,01;;;;ORDONNANCE\n"        // 100.01: over
                + "2026;OP-1;10/03/2026;E-1;30,00;;;;ORDONNANCE\n"       // OP-1 seen again: 60 becomes 30, total 70
                + "2026;OP-4;13/03/2026;E-1;30,00;;;;ORDONNANCE\n"       // 100: within again
                + "2026;OP-5;14/03/2026;E-1;500,00;;;;REJETE\n"          // rejected: counts for nothing
                + "2026;OP-6;14/03/2026;E-9;1,00;;;;ORDONNANCE\n"        // unknown commitment
                + "2027;OP-7;14/03/2027;E-1;1,00;;;;ORDONNANCE\n"        // E-1 of 2027 does not exist
                + "#TOTAL;7;602,01\n";
        assertEquals(3, check(file, new PaymentsFormat(), OrdersWithinCommitments.load(connection)).rejected());
        assertEquals(List.of(new Rejection(3, "montant_ordonnance", "0.01", Reason.ORDERED_EXCEEDS_COMMITTED),
                new Rejection(7, "numero_engagement", "E-9", Reason.UNKNOWN_COMMITMENT),
                new Rejection(8, "numero_engagement", "E-1", Reason.UNKNOWN_COMMITMENT)), rejections);
    }

    @Test
    void anAwardNamesAKnownCallForTenders() throws Exception {
        String file = "reference_ao;numero_marche;attributaire;ice;montant_ttc;date_approbation;delai_execution_jours\n"
                + "AO 99/2026/CBG;12/2026/CBG;Société;;1,00;20/04/2026;\n#TOTAL;1;1,00\n";
        assertEquals(1, check(file, new AwardsFormat(), KnownTenders.load(connection)).rejected());
        assertEquals(Reason.UNKNOWN_TENDER, rejections.get(0).reason());
        assertThrows(ma.commune.portal.imports.boundary.FileRefused.class, () -> check(file.replace("#TOTAL;1;1,00", "#TOTAL;1;2,00"),
                new AwardsFormat(), KnownTenders.load(connection)), "the trailer is still checked");
    }

    private <T> FileCheck.Outcome check(String file, ma.commune.portal.imports.control.RecordFormat<T> format, FileCheck.RowCheck<T> rowCheck)
            throws IOException {
        return FileCheck.run(new StringReader(file), format, RejectLimit.DEFAULT, rowCheck, rejections::add);
    }
}
