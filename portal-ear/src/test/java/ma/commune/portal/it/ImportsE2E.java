package ma.commune.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The finance service imports a file in the back office (headless Chromium, in French): the upload, the
 * message with the execution's number, the execution page with its counts and the rejected line in words.
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

        HeadlessChromium.openAs(browser, "/admin/imports", "finance");
        browser.get(BASE + "/admin/imports?lang=fr");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-imports")));
        browser.findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.findElement(By.id("upload:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload:messages"), "lancé"));
        String message = browser.findElement(By.id("upload:messages")).getText();
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
        browser.get(BASE + "/admin/imports");
        String first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='executions:table'] tbody tr"))).getText();
        assertTrue(first.startsWith(id + " ") && first.contains("Terminée") && first.contains("2 / 0 / 0") && first.contains("3 / 2 / 1"), first);
        assertTrue(browser.getPageSource().contains("CREDITS_2034_20340105.csv"), "the file's name is listed");
    }
}
