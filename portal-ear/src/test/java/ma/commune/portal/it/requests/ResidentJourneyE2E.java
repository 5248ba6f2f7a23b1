package ma.commune.portal.it.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import ma.commune.portal.it.support.BrowserJourney;
import ma.commune.portal.it.support.ExifJpeg;
import ma.commune.portal.it.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident on a phone (headless Chromium, 412 px): chooses a category on /allo, describes the problem,
 * places it on the map, attaches a photo straight from their phone (with its EXIF and GPS), gives an
 * email, consents and sends; reads the tracking code and the due date on the confirmation, then tracks
 * the case by its code. The agent of the street-lighting department, at a desk (1280 px), finds the case
 * in the department's inbox, takes it, acknowledges it, starts it, answers publicly and resolves it; the
 * resident reads the answer on the tracking page, and the email of each step waits in the outbox.
 */
class ResidentJourneyE2E extends BrowserJourney {

    ResidentJourneyE2E() {
        super(PHONE);
    }

    @Test
    void aResidentReportsABrokenStreetLightWithAPhotoAnAgentAnswersAndTheResidentReadsTheAnswer() throws Exception {
        browser.get(BASE + "/allo?lang=fr");
        assertEquals("ltr", browser.findElement(By.tagName("html")).getAttribute("dir"));
        browser.findElement(By.cssSelector("a[href$='/allo?category=LIGHTING']")).click();
        wait.until(ExpectedConditions.urlContains("category=LIGHTING"));
        assertEquals("Électricité et éclairage public", browser.findElement(By.cssSelector("main h1")).getText().strip());

        // Without tiles (no network in the test), Leaflet still draws its map; a click inside the commune
        // sets the point. When the map did not start, the district and address alone are enough.
        boolean mapReady = !browser.findElements(By.cssSelector("#allo-map.map-ready")).isEmpty()
                || waitForMap();
        browser.findElement(By.id("request:description")).sendKeys("Le lampadaire devant l'école Al Amal est éteint depuis lundi.");
        if (mapReady) {
            browser.findElement(By.id("allo-map")).click();
            wait.until(d -> !d.findElement(By.id("request:latitude")).getAttribute("value").isEmpty());
            assertFalse(browser.findElement(By.id("allo-map-status")).getText().isBlank(), "the chosen point is announced");
        }
        browser.findElement(By.id("request:address")).sendKeys("Rue de l'école Al Amal");
        Path photo = Files.createTempFile("street-light", ".jpg");
        Files.write(photo, ExifJpeg.photo());
        browser.findElement(By.id("request:files")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.id("request:email")).sendKeys("amina.journey@example.ma");
        browser.findElement(By.id("request:consent")).click();
        browser.findElement(By.id("request:submit")).click();

        wait.until(ExpectedConditions.urlContains("/received?code="));
        String code = browser.findElement(By.id("tracking-code")).getText().strip();
        assertTrue(code.matches("[A-Z]{2,}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]"), "a tracking code: " + code);
        assertFalse(browser.findElement(By.id("due-date")).getText().isBlank(), "the due date");
        Files.deleteIfExists(photo);

        browser.findElement(By.cssSelector("a.button.primary[href*='/track?code=']")).click();
        wait.until(ExpectedConditions.urlContains("/track?code="));
        assertEquals("Reçue", browser.findElement(By.id("case-status")).getText().strip());
        assertFalse(browser.getPageSource().contains("amina.journey@example.ma"), "no personal data on the tracking page");

        // Typed by hand, forgivingly, from the paper or the SMS.
        browser.get(BASE + "/track");
        browser.findElement(By.id("track-code")).sendKeys(code.toLowerCase().replace("-", " "));
        browser.findElement(By.cssSelector("form.track-search button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
        assertTrue(browser.getPageSource().contains(code));

        agentAnswers(code, "Une équipe remplacera la lampe du lampadaire jeudi matin.");

        browser.get(BASE + "/track?code=" + code + "&lang=fr");
        assertEquals("Résolue", wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status"))).getText().strip());
        assertTrue(browser.getPageSource().contains("Une équipe remplacera la lampe du lampadaire jeudi matin."), "the public answer");
        assertFalse(browser.getPageSource().contains("amina.journey@example.ma"), "still no personal data");
    }

    /** The agent of the case's department, in a browser of their own: from the inbox to the resolution. */
    private void agentAnswers(String code, String answer) {
        WebDriver desk = HeadlessChromium.open(1280);
        try {
            WebDriverWait deskWait = HeadlessChromium.waitFor(desk);
            deskWait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            HeadlessChromium.openAs(desk, "/admin/requests/inbox", "agent");
            desk.get(BASE + "/admin/requests/inbox?lang=fr");
            // The agent finds it by its code in the inbox's filter: sorted by due date, the demo's open cases of the
            // department may fill the first page (how many depends on today's date against the demo's dates).
            WebElement codeFilter = deskWait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='inbox:table'] th input.ui-column-filter")));
            codeFilter.sendKeys(code);
            deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox:table"), code));
            desk.get(BASE + "/admin/requests/case?code=" + code);
            assertEquals("amina.journey@example.ma", deskWait.until(ExpectedConditions.presenceOfElementLocated(By.id("requester-email")))
                    .getText().strip(), "the agent sees the requester's contact");
            deskWait.until(ExpectedConditions.elementToBeClickable(By.id("case:take"))).click();
            deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-assignee"), "agent"));
            for (String[] step : new String[][] {{"ACKNOWLEDGED", "Pris en compte"}, {"IN_PROGRESS", "En cours de traitement"}}) {
                move(desk, deskWait, step[0], step[1]);
            }
            desk.findElement(By.id("case:answerText")).sendKeys(answer);
            deskWait.until(ExpectedConditions.elementToBeClickable(By.id("case:answerButton"))).click();
            deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:history"), answer));
            move(desk, deskWait, "RESOLVED", "Résolu");
        } finally {
            desk.quit();
        }
    }

    /** Through PrimeFaces' own widget (clicking its animated panel races on a busy machine), then the move button. */
    private static void move(WebDriver desk, WebDriverWait deskWait, String status, String label) {
        deskWait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:nextStatus")));
        ((org.openqa.selenium.JavascriptExecutor) desk).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])",
                "case:nextStatus", status);
        deskWait.until(ExpectedConditions.elementToBeClickable(By.id("case:moveButton"))).click();
        deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), label));
    }

    private boolean waitForMap() {
        try {
            new WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#allo-map.map-ready")));
            return true;
        } catch (org.openqa.selenium.TimeoutException noMap) {
            return false;
        }
    }
}
