package ma.commune.portal.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.it.support.BrowserJourney;
import ma.commune.portal.it.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The finance service in the back office (headless Chromium, in French): imports a file (the upload, the
 * message with the execution's number, the execution page with its counts and the rejected line in words),
 * and attaches a document to one of the demo's calls for tenders, which the tender's public page then lists.
 */
class ImportsE2E extends BrowserJourney {

    ImportsE2E() {
        super(DESK);
    }

    @Test
    void theFinanceServiceUploadsAFileAndReadsItsExecutionAndItsRejectedLine() throws Exception {
        Path file = Files.createTempDirectory("imports-e2e").resolve("CREDITS_2034_20340105.csv");
        Files.writeString(file, "exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n"
                + "2034;F;34.20.30.11;Éclairage public;الإنارة العمومية;1 000,00\n"
                + "2034;F;CODE-FAUX;Ligne fausse;سطر خاطئ;2 000,00\n"
                + "2034;I;34.10.10.01;Voirie;الطرق;3 000,00\n"
                + "#TOTAL;3;6 000,00\n", StandardCharsets.UTF_8);

        HeadlessChromium.openAs(browser, "/admin/imports/executions", "finance");
        // Right after the deployment the demo imports its own files: while one of the same family runs, the
        // upload is refused with a message to try again later, and the finance officer tries again.
        String message = "";
        Instant patience = Instant.now().plus(Duration.ofMinutes(5));
        while (!message.contains("lancé") && Instant.now().isBefore(patience)) {
            browser.get(BASE + "/admin/imports/executions?lang=fr");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-imports")));
            browser.findElement(By.id("upload:file")).sendKeys(file.toString());
            browser.findElement(By.id("upload:send")).click();
            wait.until(ExpectedConditions.or(ExpectedConditions.textToBePresentInElementLocated(By.id("upload:messages"), "lancé"),
                    ExpectedConditions.textToBePresentInElementLocated(By.id("upload:messages"), "en cours")));
            message = browser.findElement(By.id("upload:messages")).getText();
            if (!message.contains("lancé")) {
                Thread.sleep(3000);
            }
        }
        Matcher number = Pattern.compile("exécution (\\d+)").matcher(message);
        assertTrue(number.find(), message);
        String id = number.group(1);

        browser.get(BASE + "/admin/imports/execution?id=" + id);
        Instant limit = Instant.now().plus(Duration.ofSeconds(90));
        while (!browser.findElement(By.id("status")).getText().contains("Terminée") && Instant.now().isBefore(limit)) {
            Thread.sleep(500);
            browser.navigate().refresh();
        }
        assertEquals("Terminée", browser.findElement(By.id("status")).getText().strip());
        assertEquals("Crédits", browser.findElement(By.id("kind")).getText().strip());
        assertEquals("3", browser.findElement(By.id("records")).getText().strip());
        assertEquals("1", browser.findElement(By.id("rejected")).getText().strip());
        assertEquals("2", browser.findElement(By.id("inserted")).getText().strip());
        assertEquals("1", browser.findElement(By.id("skipped")).getText().strip());
        String rejections = browser.findElement(By.id("execution:rejections")).getText();
        assertTrue(rejections.contains("CODE-FAUX") && rejections.contains("Code de rubrique invalide") && rejections.contains("3"), rejections);

        // The list of executions, newest first, shows it with its counts.
        browser.get(BASE + "/admin/imports/executions");
        // Its row (the demo's own run may have started executions after it).
        String row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='executions:table']//tbody/tr[td[1][normalize-space()='" + id + "']]"))).getText();
        assertTrue(row.contains("Terminée") && row.contains("2 / 0 / 0") && row.contains("3 / 2 / 1"), row);
        assertTrue(browser.getPageSource().contains("CREDITS_2034_20340105.csv"), "the file's name is listed");
    }

    @Test
    void theFinanceServiceAttachesADocumentToACallForTendersAndItsPublicPageListsIt() throws Exception {
        Path pdf = Files.createTempDirectory("tender-e2e").resolve("dossier-consultation.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));

        HeadlessChromium.openAs(browser, "/admin/procurement/tenders", "finance");
        // The demo's calls for tenders come with its own imports, right after the deployment.
        Instant patience = Instant.now().plus(Duration.ofMinutes(5));
        do {
            // The page's address before issue 16, as a bookmark holds it: moved for good, with its query.
            browser.get(BASE + "/admin/tenders?lang=fr");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-tenders")));
        } while (browser.findElements(By.cssSelector("a.tender-link")).isEmpty() && Instant.now().isBefore(patience) && pause());
        browser.findElement(By.cssSelector("a.tender-link")).click();
        wait.until(ExpectedConditions.urlContains("/admin/procurement/tender-documents?tender="));

        browser.findElement(By.id("attach:file")).sendKeys(pdf.toString());
        browser.findElement(By.id("attach:labelFr")).sendKeys("Dossier de consultation (E2E)");
        browser.findElement(By.id("attach:labelAr")).sendKeys("ملف الاستشارة");
        browser.findElement(By.id("attach:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents:messages"), "Document joint"));
        assertTrue(browser.findElement(By.id("documents:table")).getText().contains("Dossier de consultation (E2E)"));

        // The public page of the tender, as a resident sees it.
        String publicPage = browser.findElement(By.id("public-page")).getAttribute("href");
        browser.get(publicPage + "?lang=fr");
        String documents = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.tender-documents"))).getText();
        assertTrue(documents.contains("Dossier de consultation (E2E)"), publicPage + ": " + documents);
        org.openqa.selenium.WebElement download = browser.findElement(
                By.xpath("//section[contains(@class,'tender-documents')]//a[contains(., 'Dossier de consultation (E2E)')]"));
        assertTrue(download.getAttribute("href").matches(".*/files/[0-9a-f]{32}"), download.getAttribute("href"));
        assertEquals("application/pdf", download.getAttribute("type"));
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(3000);
        return true;
    }
}
