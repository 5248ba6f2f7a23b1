package ma.commune.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident on a phone (headless Chromium, 412 px): chooses a category on /allo, describes the problem,
 * places it on the map, attaches a photo straight from their phone (with its EXIF and GPS), gives an
 * email, consents and sends; reads the tracking code and the due date on the confirmation, then tracks
 * the case by its code. (The agent's answer joins this journey with the back office.)
 */
@ExtendWith(ArquillianExtension.class)
@Tag("e2e")
@RunAsClient
class ResidentJourneyE2E {

    private static final String BASE = Browserless.BASE;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalAsIs();
    }

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open(412);
        wait = HeadlessChromium.waitFor(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aResidentReportsABrokenStreetLightWithAPhotoAndTracksIt() throws Exception {
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
