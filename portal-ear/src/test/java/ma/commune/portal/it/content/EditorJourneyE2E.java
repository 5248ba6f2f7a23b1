package ma.commune.portal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import ma.commune.portal.it.support.BrowserJourney;
import ma.commune.portal.it.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A resident and an editor in a real browser (headless Chromium): the home page is Arabic and
 * right-to-left, French is one click away, an editor logs in, publishes a news item, sees it on the
 * home page, and logs out.
 */
class EditorJourneyE2E extends BrowserJourney {

    EditorJourneyE2E() {
        super(DESK);
    }

    private String htmlAttribute(String name) {
        return browser.findElement(By.tagName("html")).getAttribute(name);
    }

    @Test
    void aResidentReadsInArabicThenFrench() {
        browser.get(BASE + "/");
        assertEquals("ar", htmlAttribute("lang"));
        assertEquals("rtl", htmlAttribute("dir"));
        assertEquals("rtl", ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).direction"));
        assertTrue(browser.findElements(By.cssSelector(".news-card")).size() >= 3, "the latest news are listed");

        browser.findElement(By.cssSelector(".languages a[lang='fr']")).click();
        wait.until(d -> "fr".equals(htmlAttribute("lang")));
        assertEquals("ltr", htmlAttribute("dir"));
        assertTrue(browser.findElement(By.cssSelector(".brand-name")).getText().contains("Ben Guerir"));

        browser.findElement(By.cssSelector(".main-nav a[href='/city']")).click();
        wait.until(ExpectedConditions.urlContains("/city"));
        assertEquals("fr", htmlAttribute("lang"), "the choice of language is remembered");
    }

    @Test
    void anEditorPublishesANewsItemThatResidentsSee() {
        String title = "Journée portes ouvertes " + System.currentTimeMillis();
        openAsEditor("/admin/content/news");
        assertTrue(browser.findElement(By.id("current-user")).getText().contains("editor"));

        browser.findElement(By.id("newsForm:create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article:languages:titleAr")));
        browser.findElement(By.id("article:languages:titleAr")).sendKeys("يوم الأبواب المفتوحة");
        browser.findElement(By.id("article:languages:summaryAr")).sendKeys("الجماعة تفتح أبوابها للمواطنين");
        richText("article:languages:bodyAr", "تستقبل الجماعة المواطنين يوم السبت.");

        browser.findElement(By.xpath("//ul[@role='tablist']//a[contains(., 'Français')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article:languages:titleFr")));
        browser.findElement(By.id("article:languages:titleFr")).sendKeys(title);
        browser.findElement(By.id("article:languages:summaryFr")).sendKeys("La commune ouvre ses portes aux habitants.");
        richText("article:languages:bodyFr", "La commune accueille les habitants samedi.");

        browser.findElement(By.id("article:saveAndPublish")).click();
        wait.until(ExpectedConditions.urlContains("/admin/content/news"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("newsForm:articles"), title));

        browser.get(BASE + "/?lang=fr");
        List<WebElement> titles = browser.findElements(By.cssSelector(".news-card h3"));
        assertTrue(titles.stream().anyMatch(t -> t.getText().contains(title)), "the published item is on the home page");

        // The commune's profile: a new French tagline shows on the public pages.
        String tagline = "Ville du savoir " + System.currentTimeMillis();
        browser.get(BASE + "/admin/content/profile");
        browser.findElement(By.xpath("//ul[@role='tablist']//a[contains(., 'Français')]")).click();
        WebElement taglineField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:languages:taglineFr")));
        taglineField.clear();
        taglineField.sendKeys(tagline);
        browser.findElement(By.id("profile:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='profile:messages'] .ui-messages-info")));
        browser.get(BASE + "/?lang=fr");
        assertTrue(browser.findElement(By.cssSelector(".hero")).getText().contains(tagline), "the profile edit is public");

        browser.get(BASE + "/admin/");
        browser.findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/admin")));
        browser.get(BASE + "/admin/");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void publishingWithoutAFrenchTitleIsRefusedNextToTheFieldAndSavesNothing() {
        String title = "خبر بدون عنوان فرنسي " + System.currentTimeMillis();
        browser.get(BASE + "/?lang=fr");
        openAsEditor("/admin/content/news-edit");
        browser.findElement(By.id("article:languages:titleAr")).sendKeys(title);
        browser.findElement(By.id("article:languages:summaryAr")).sendKeys("ملخص");
        richText("article:languages:bodyAr", "نص");
        browser.findElement(By.id("article:saveAndPublish")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
        String text = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('.ui-message-error').textContent");
        assertTrue(text.contains("français"), "the message is in the editor's language, next to the field: " + text);

        browser.get(BASE + "/admin/content/news");
        assertTrue(!browser.findElement(By.id("newsForm:articles")).getText().contains(title), "nothing was saved");
    }

    private void openAsEditor(String page) {
        HeadlessChromium.openAsEditor(browser, page);
    }

    /** Types into a PrimeFaces text editor (a Quill editable area inside the component). */
    private void richText(String componentId, String text) {
        WebElement editor = browser.findElement(By.cssSelector("[id='" + componentId + "'] .ql-editor"));
        editor.click();
        editor.sendKeys(text);
    }
}
