package ma.commune.portal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import ma.commune.portal.it.support.BrowserJourney;
import ma.commune.portal.it.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An editor publishes a legal text and a report in a real browser (upload, preview, publish); a
 * resident finds them on the public lists with the filters, opens their permalinks, in French and Arabic.
 */
class LegalAndReportsE2E extends BrowserJourney {

    @TempDir
    Path folder;

    LegalAndReportsE2E() {
        super(DESK, Duration.ofSeconds(30));
    }

    @Test
    void anEditorPublishesALegalTextThatAResidentFindsInFrenchAndArabic() throws IOException {
        String marker = String.valueOf(System.currentTimeMillis());
        String titleFr = "Arrêté relatif aux marchés nocturnes " + marker;
        String titleAr = "قرار يتعلق بالأسواق الليلية " + marker;
        browser.get(BASE + "/?lang=fr");
        openAsEditor("/admin/content/legal-edit");

        choose("legal:type_input", "ORDER");
        browser.findElement(By.id("legal:titleAr")).sendKeys(titleAr);
        browser.findElement(By.id("legal:summaryAr")).sendKeys("تنظيم الأسواق الليلية خلال فصل الصيف.");
        browser.findElement(By.id("legal:titleFr")).sendKeys(titleFr);
        browser.findElement(By.id("legal:summaryFr")).sendKeys("Organisation des marchés nocturnes pendant l'été.");
        browser.findElement(By.id("legal:number")).sendKeys("41/2026");
        // Typed last: the date picker's calendar opens on focus and keeps the keyboard until Escape.
        browser.findElement(By.id("legal:date_input")).sendKeys("2026-11-20", Keys.ESCAPE);

        // A program renamed .pdf passes the browser's check by name, and is refused by the server's check of its bytes.
        upload("legal:pdf", file("programme.pdf", "MZ\u0090\u0000 this is not a PDF"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("legal:pdfMessage"), "PDF"));
        assertTrue(browser.findElements(By.id("pdfFile")).isEmpty(), "nothing was attached");

        upload("legal:pdf", file("arrete-41-2026.pdf", pdf("Arrete 41/2026")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pdfFile")));
        assertTrue(browser.findElement(By.id("pdfFile")).getText().contains("arrete-41-2026.pdf"));

        browser.findElement(By.id("legal:preview")).click();
        submitted("/admin/content/legal-preview");
        assertTrue(browser.findElement(By.id("preview-banner")).isDisplayed());
        assertEquals(titleFr, browser.findElement(By.tagName("h1")).getText(), "the draft as residents will see it");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("41/2026"));
        assertTrue(browser.findElement(By.cssSelector("a.primary-download")).getAttribute("href").contains("/admin/content/files/"));

        browser.findElement(By.cssSelector("#preview-banner a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("legal:saveAndPublish"))).click();
        submitted("/admin/content/legal");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("legalForm:documents"), titleFr.substring(0, 20)));

        // A resident, with the public filters.
        browser.get(BASE + "/legal?lang=fr");
        new Select(browser.findElement(By.id("type"))).selectByValue("ORDER");
        new Select(browser.findElement(By.id("year"))).selectByValue("2026");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("type=ORDER"));
        assertTrue(browser.getCurrentUrl().contains("year=2026"), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector(".document-item .tag")).stream().allMatch(t -> t.getText().equals("Arrêté")));
        browser.findElement(By.linkText(titleFr)).click();
        wait.until(ExpectedConditions.urlMatches("/legal/[0-9]+"));
        String permalink = browser.getCurrentUrl();
        assertEquals(titleFr, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("41/2026"));
        assertTrue(browser.findElement(By.cssSelector("a.primary-download")).getAttribute("href").matches(".*/files/[0-9a-f]{32}"));

        browser.findElement(By.cssSelector(".languages a[lang='ar']")).click();
        wait.until(d -> "ar".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals(titleAr, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().startsWith(permalink.split("\\?")[0]), "the same permalink");
    }

    @Test
    void anEditorPublishesAReportThatAResidentFindsByCategoryAndYear() throws IOException {
        String titleFr = "Rapport d'audit interne " + System.currentTimeMillis();
        browser.get(BASE + "/?lang=fr");
        openAsEditor("/admin/content/report-edit");
        choose("report:category_input", "AUDIT");
        browser.findElement(By.id("report:year")).sendKeys("2026");
        browser.findElement(By.id("report:titleAr")).sendKeys("تقرير الافتحاص الداخلي");
        browser.findElement(By.id("report:titleFr")).sendKeys(titleFr);
        upload("report:documents", file("audit-2026.pdf", pdf("Audit 2026")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".attachment-line")));
        browser.findElement(By.id("report:saveAndPublish")).click();
        submitted("/admin/content/reports");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportsForm:documents"), titleFr.substring(0, 20)));

        browser.get(BASE + "/reports?category=AUDIT&year=2026&lang=fr");
        browser.findElement(By.linkText(titleFr)).click();
        wait.until(ExpectedConditions.urlMatches("/reports/[0-9]+"));
        assertEquals(titleFr, browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector(".downloads a[href*='/files/']")).isEmpty(), "its document is offered");
    }

    /** Waits for the form's next page, or fails with what the page said instead (a refusal, an error). */
    private void submitted(String nextPage) {
        wait.until(d -> d.getCurrentUrl().split("\\?")[0].endsWith(nextPage)
                || !d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error, .error-page")).isEmpty());
        assertTrue(browser.getCurrentUrl().split("\\?")[0].endsWith(nextPage),
                () -> "still on " + browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("body")).getText());
    }

    private void openAsEditor(String page) {
        HeadlessChromium.openAsEditor(browser, page);
    }

    /** Chooses in a PrimeFaces select menu through its underlying select (the form posts that one). */
    private void choose(String selectId, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", selectId, value);
    }

    private void upload(String componentId, Path file) {
        WebElement input = browser.findElement(By.cssSelector("[id='" + componentId + "'] input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.write(folder.resolve(name), content.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String pdf(String text) {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    }
}
