package ma.commune.portal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import ma.commune.portal.it.support.BrowserJourney;
import ma.commune.portal.it.support.Browserless;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The projects window in a real browser (headless Chromium): an editor writes a project with a photo,
 * previews it as residents will see it, publishes it; a resident finds it with the filters in Arabic
 * and in French and opens it, with its map (OpenStreetMap tiles cannot load here: no internet, and
 * the page must not mind).
 */
class PartnershipsAndProjectsE2E extends BrowserJourney {

    PartnershipsAndProjectsE2E() {
        super(DESK);
    }

    @Test
    void anEditorPublishesAProjectThatResidentsFindInArabicAndFrench() throws Exception {
        long marker = System.currentTimeMillis();
        String titleAr = "ملعب القرب التجريبي " + marker;
        String titleFr = "Terrain de proximité d'essai " + marker;

        // The editor writes the project, with a photo.
        browser.get(BASE + "/admin/content/project-edit");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("login:username")).sendKeys("editor");
        browser.findElement(By.id("login:password")).sendKeys("BenGuerir-demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("project:languages:titleAr"))).sendKeys(titleAr);
        browser.findElement(By.id("project:languages:descriptionAr")).sendKeys("ملعب للقرب مفتوح للشباب.");
        browser.findElement(By.xpath("//ul[@role='tablist']//a[contains(., 'Français')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("project:languages:titleFr"))).sendKeys(titleFr);
        browser.findElement(By.id("project:languages:descriptionFr")).sendKeys("Un terrain de proximité ouvert aux jeunes.");

        // The district through PrimeFaces' own widget (clicking its animated panel races on a busy machine).
        WebElement district = browser.findElement(By.cssSelector("[id='project:district_input'] option:nth-child(2)"));
        String districtName = district.getAttribute("textContent").trim();
        ((JavascriptExecutor) browser).executeScript(
                "PrimeFaces.getWidgetById('project:district').selectValue(arguments[0])", district.getAttribute("value"));
        assertEquals(district.getAttribute("value"), new Select(browser.findElement(By.id("project:district_input")))
                .getFirstSelectedOption().getAttribute("value"));
        browser.findElement(By.id("project:budget")).sendKeys("2750000.50");
        browser.findElement(By.id("project:latitude")).sendKeys("32.2401");
        browser.findElement(By.id("project:longitude")).sendKeys("-7.9512");
        browser.findElement(By.id("project:milestones:0:labelAr")).sendKeys("الدراسات");
        browser.findElement(By.id("project:milestones:0:labelFr")).sendKeys("Études");

        browser.findElement(By.id("project:photo_input")).sendKeys(photo().toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='project:photosPanel'] img")));

        // The preview shows the draft as residents will see it.
        submit("project:preview", "/admin/content/project-preview");
        assertEquals(titleAr, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector(".facts")).getText().contains(districtName), "the district was saved");
        assertTrue(browser.findElement(By.cssSelector(".preview-banner")).isDisplayed());
        assertFalse(browser.findElements(By.cssSelector(".photos img")).isEmpty(), "the photo is in the preview");
        assertTrue(browser.findElement(By.cssSelector(".coordinates")).getText().contains("32.240100"));

        // Not public yet; then published from the edit page.
        String projectUrl = browser.getCurrentUrl();
        String id = projectUrl.substring(projectUrl.indexOf("id=") + 3);
        assertEquals(404, new Browserless().get("/projects/" + id).statusCode(), "a draft is not public");
        browser.findElement(By.cssSelector(".preview-banner a")).click();
        submit("project:saveAndPublish", "/admin/content/projects");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectsForm:projects"), titleAr));

        // The partnerships' back office: the list, a convention's form with its contributions, its preview.
        browser.get(BASE + "/admin/content/partnerships");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("partnershipsForm:partnerships"), "OCP"));
        browser.get(BASE + "/admin/content/partnership-edit?id=1");
        assertFalse(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("partnership:contributions:0:amount")))
                .getAttribute("value").isEmpty(), "the contributions are editable");
        browser.get(BASE + "/admin/content/partnership-preview?id=1");
        assertTrue(browser.findElement(By.cssSelector(".data-table tfoot")).getText().contains("50.000.000,00"), "the total");

        // A resident, in Arabic: the planned projects of that district.
        browser.manage().deleteAllCookies();
        browser.get(BASE + "/projects?lang=ar");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("PLANNED");
        Select districts = new Select(browser.findElement(By.id("filter-district")));
        districts.selectByVisibleText(districtName);
        String districtId = districts.getFirstSelectedOption().getAttribute("value");
        browser.findElement(By.cssSelector("form.filters button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("district=" + districtId));
        assertTrue(browser.getCurrentUrl().contains("status=PLANNED"), "the filters are in the address");
        browser.findElement(By.linkText(titleAr)).click();
        wait.until(ExpectedConditions.urlContains("/projects/" + id));
        assertProjectPage(titleAr);

        // The same in French.
        browser.get(BASE + "/projects?status=PLANNED&district=" + districtId + "&lang=fr");
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.linkText(titleFr)).click();
        wait.until(ExpectedConditions.urlContains("/projects/" + id));
        assertProjectPage(titleFr);
        assertTrue(browser.findElement(By.cssSelector(".facts")).getText().contains("2.750.000,50")
                || browser.findElement(By.cssSelector(".facts")).getText().contains("2 750 000,50"), "the budget in MAD, two decimals");
    }

    /**
     * Submits the form once PrimeFaces has started on the page (in CSP mode its script adds the nonce
     * the server expects with a postback), and waits for the next page; a refusal fails with its message.
     */
    private void submit(String buttonId, String nextPage) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE)")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id(buttonId))).click();
        wait.until(d -> d.getCurrentUrl().contains(nextPage)
                || !d.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).isEmpty());
        List<WebElement> errors = browser.findElements(By.cssSelector(".ui-messages-error, .ui-message-error"));
        assertTrue(errors.isEmpty() && browser.getCurrentUrl().contains(nextPage),
                () -> "refused: " + errors.stream().map(WebElement::getText).toList());
    }

    /** The project page: title, photo, progress, the place as text and the map, whatever the tiles do. */
    private void assertProjectPage(String title) {
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector(".photos img")).isEmpty());
        assertTrue(browser.findElement(By.tagName("progress")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector(".coordinates")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("a.osm-link")).getAttribute("href").startsWith("https://www.openstreetmap.org/"));
        WebElement map = browser.findElement(By.id("project-map"));
        assertTrue(map.getAttribute("aria-label").length() > 3, "the map is labelled");
        // Leaflet comes from the portal itself and starts; the tiles from openstreetmap.org cannot load here.
        wait.until(ExpectedConditions.attributeContains(By.id("project-map"), "class", "map-ready"));
        assertTrue(map.getSize().getHeight() > 100, "the map takes room once started");
        List<?> tiles = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('.leaflet-tile')).map(function (t) { return t.src; });");
        assertTrue(tiles.stream().allMatch(src -> src.toString().startsWith("https://tile.openstreetmap.org/")));
        assertTrue(browser.findElement(By.cssSelector(".location")).getText().contains("7.951200"), "the place stays written out");
    }

    /** A real photo file, as an editor would pick it. */
    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0B, 0x6B, 0x3A));
        g.fillRect(0, 0, 320, 180);
        g.dispose();
        Path file = Files.createTempFile("terrain-", ".jpg");
        ImageIO.write(image, "jpeg", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
