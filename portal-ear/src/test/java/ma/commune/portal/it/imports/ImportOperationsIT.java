package ma.commune.portal.it.imports;

import static ma.commune.portal.it.imports.OperationsApi.ADMIN;
import static ma.commune.portal.it.imports.OperationsApi.EDITOR;
import static ma.commune.portal.it.imports.OperationsApi.FINANCE;
import static ma.commune.portal.it.imports.OperationsApi.number;
import static ma.commune.portal.it.imports.OperationsApi.text;
import static ma.commune.portal.it.imports.OperationsApi.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.time.Duration;
import ma.commune.portal.identity.boundary.OperationsTokens;
import ma.commune.portal.identity.entity.OperationsToken;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.RunAs;
import ma.commune.portal.shared.DomainRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The imports operations API as a script uses it, over HTTP against the real server: a file sent as the
 * request body or as a form, by HTTP Basic or an operations token, followed to its end through the
 * execution's JSON; who may not call it, and the refusals with their statuses.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("integration")
class ImportOperationsIT {

    static final String CREDITS = "exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n"
            + "2032;FONCTIONNEMENT;32.20.30.11;Éclairage public;الإنارة العمومية;1 000 000,00\n"
            + "2032;F;32.20.30.12;Propreté;النظافة;2.500.000,00\n"
            + "2032;INVESTISSEMENT;32.10.10.01;Voirie;الطرق;4 000 000,00\n"
            + "#TOTAL;3;7 500 000,00\n";
    static final String COMMITMENTS = "exercice;numero_engagement;date_engagement;code_rubrique;objet;beneficiaire;ice;reference_marche;montant_engage;statut\n"
            + "2032;OPS-001;05/03/2032;32.20.30.11;Lampes LED;Société Lumière SARL;001234567000089;;120 000,00;VISE\n"
            + "2032;OPS-002;06/03/2032;99.99.99.99;Ligne inconnue;Fournisseur;;;20,00;VISE\n"
            + "2032;OPS-003;07/03/2032;32.20.30.12;Collecte;Ahmed B.;;;30 000,00;VISE\n"
            + "#TOTAL;3;150 020,00\n";
    private static final String IMPORTS = "/api/admin/imports/";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(ImportOperationsIT.class, OperationsApi.class);
    }

    @EJB
    OperationsTokens tokens;

    @EJB
    RunAs.AsAdmin asAdmin;

    @Test
    @Order(1)
    @RunAsClient
    void withoutAnAccountThatMayImportTheApiRefuses() throws Exception {
        OperationsApi api = new OperationsApi();
        HttpResponse<String> anonymous = api.post(IMPORTS + "CREDITS", null, "text/csv", utf8(CREDITS));
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"), anonymous.headers().toString());
        assertTrue(anonymous.headers().firstValue("Set-Cookie").isEmpty(), "no session");
        assertEquals(401, api.get(IMPORTS + "executions/1", OperationsApi.basic("finance", "wrong-password")).statusCode());
        assertEquals(401, api.get(IMPORTS + "executions/1", OperationsApi.bearer("pops_unknown")).statusCode());
        assertEquals(403, api.post(IMPORTS + "CREDITS", EDITOR, "text/csv", utf8(CREDITS)).statusCode(), "an editor may not import");

        HttpResponse<String> unknownKind = api.post(IMPORTS + "SALAIRES", FINANCE, "text/csv", utf8(CREDITS));
        assertEquals(400, unknownKind.statusCode());
        assertEquals("imports.api.unknownKind", text(unknownKind.body(), "error"), unknownKind.body());
        HttpResponse<String> empty = api.post(IMPORTS + "CREDITS?name=CREDITS_2032_20320101.csv", FINANCE, "text/csv", new byte[0]);
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals("imports.reason.FILE_EMPTY", text(empty.body(), "error"), empty.body());
        assertEquals(404, api.get(IMPORTS + "executions/987654321", FINANCE).statusCode());
    }

    @Test
    @Order(2)
    @RunAsClient
    void aFileSentAsTheBodyWithBasicAuthGoesInAndTheSameFileAgainIsRefusedUnlessForced() throws Exception {
        OperationsApi api = new OperationsApi();
        HttpResponse<String> accepted = api.post(IMPORTS + "credits?name=CREDITS_2032_20321101.csv", FINANCE, "text/csv", utf8(CREDITS));
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(accepted.headers().firstValue("Set-Cookie").isEmpty(), "no session");
        long id = number(accepted.body(), "executionId");
        assertEquals("/api/admin/imports/executions/" + id, text(accepted.body(), "self"));

        String done = api.awaitEnd(id, FINANCE, Duration.ofSeconds(90));
        assertEquals("COMPLETED", text(done, "status"), done);
        assertEquals("CREDITS", text(done, "kind"));
        assertEquals("CREDITS_2032_20321101.csv", text(done, "file"));
        assertEquals("API", text(done, "trigger"));
        assertEquals("finance", text(done, "startedBy"));
        assertEquals(3, number(done, "records"));
        assertEquals(0, number(done, "rejected"));
        assertEquals(3, number(done, "inserted"));
        assertEquals(3, number(done, "read"));
        assertEquals(3, number(done, "written"));
        assertEquals(0, number(done, "skipped"));
        assertEquals("/api/admin/imports/executions/" + id + "/rejections.csv", text(done, "rejections"));

        HttpResponse<String> again = api.post(IMPORTS + "CREDITS?name=CREDITS_2032_20321101.csv", FINANCE, "application/octet-stream",
                utf8(CREDITS));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("imports.refused.alreadyImported", text(again.body(), "error"));

        HttpResponse<String> forced = api.post(IMPORTS + "CREDITS?force=true&name=CREDITS_2032_20321101.csv", ADMIN, "text/csv", utf8(CREDITS));
        assertEquals(202, forced.statusCode(), forced.body());
        String reimported = api.awaitEnd(number(forced.body(), "executionId"), ADMIN, Duration.ofSeconds(90));
        assertEquals("COMPLETED", text(reimported, "status"), reimported);
        assertEquals("true", OperationsApi.raw(reimported, "forced"));
        assertEquals(0, number(reimported, "inserted"), "the forced re-import writes nothing");
        assertEquals(0, number(reimported, "updated"));
        assertEquals(3, number(reimported, "unchanged"));
    }

    @Test
    @Order(3)
    @RunAsClient
    void aFileSentAsAFormGoesInWithoutItsBadLineAndTheReportNamesIt() throws Exception {
        OperationsApi api = new OperationsApi();
        HttpResponse<String> accepted = api.postForm(IMPORTS + "ENGAGEMENTS", ADMIN, "ENGAGEMENTS_2032_20321101.csv", utf8(COMMITMENTS));
        assertEquals(202, accepted.statusCode(), accepted.body());
        long id = number(accepted.body(), "executionId");
        String done = api.awaitEnd(id, ADMIN, Duration.ofSeconds(90));
        assertEquals("COMPLETED", text(done, "status"), done);
        assertEquals("ENGAGEMENTS_2032_20321101.csv", text(done, "file"), "the form's file name");
        assertEquals(3, number(done, "records"));
        assertEquals(1, number(done, "rejected"));
        assertEquals(2, number(done, "inserted"));
        assertEquals(1, number(done, "skipped"));

        HttpResponse<String> report = api.get(IMPORTS + "executions/" + id + "/rejections.csv", FINANCE);
        assertEquals(200, report.statusCode());
        assertTrue(report.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("line,column,value,reason\r\n3,code_rubrique,99.99.99.99,UNKNOWN_BUDGET_LINE\r\n", report.body());

        HttpResponse<String> list = api.get(IMPORTS + "executions?size=5", FINANCE);
        assertEquals(200, list.statusCode());
        assertEquals(id, number(list.body(), "executionId"), "newest first: " + list.body());

        HttpResponse<String> notRestartable = api.post(IMPORTS + "executions/" + id + "/restart", FINANCE, null, new byte[0]);
        assertEquals(409, notRestartable.statusCode(), notRestartable.body());
        assertEquals("imports.refused.notRestartable", text(notRestartable.body(), "error"));
    }

    /** Inside the server: an administrator issues a token to the finance account; a script uses it, then it is revoked. */
    @Test
    @Order(4)
    void anOperationsTokenActsAsItsAccountUntilItIsRevoked() throws Exception {
        OperationsToken.Issued issued = asAdmin.call(() -> tokens.issue("finance", "nightly script"));
        assertTrue(issued.token().startsWith(OperationsToken.PREFIX));
        String bearer = OperationsApi.bearer(issued.token());
        OperationsApi api = new OperationsApi();
        String credits = CREDITS.replace("2032;", "2033;").replace("32.", "33.");
        HttpResponse<String> accepted = api.post(IMPORTS + "CREDITS", bearer, "text/csv", utf8(credits));
        assertEquals(202, accepted.statusCode(), accepted.body());
        String done = api.awaitEnd(number(accepted.body(), "executionId"), bearer, Duration.ofSeconds(90));
        assertEquals("COMPLETED", text(done, "status"), done);
        assertEquals("finance", text(done, "startedBy"), "the token acts as its account");
        assertEquals(3, number(done, "inserted"));
        assertNull(OperationsApi.raw(done, "token"));

        assertTrue(asAdmin.call(() -> tokens.list(0, 10)).stream().anyMatch(t -> t.getId().equals(issued.record().getId())
                && t.getLastUsedAt() != null), "the token's last use is recorded");
        assertEquals("imports.tokens.rule.accountNotAllowed", RunAs.cause(org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> asAdmin.call(() -> tokens.issue("editor", "x"))), DomainRuleViolation.class).messageKey(), "an editor may not operate");
        asAdmin.call(() -> {
            tokens.revoke(issued.record().getId());
            return null;
        });
        assertEquals(401, api.get(IMPORTS + "executions?size=1", bearer).statusCode(), "a revoked token no longer works");
    }
}
