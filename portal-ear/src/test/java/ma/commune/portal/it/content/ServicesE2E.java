package ma.commune.portal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import ma.commune.portal.it.support.BrowserJourney;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The services catalogue in a real browser (headless Chromium): a resident finds a service by its
 * category and reads what to bring and what it costs, in Arabic and French; an editor writes a
 * service, previews the draft, corrects its fee, publishes it, and residents see the fee.
 */
class ServicesE2E extends BrowserJourney {

    ServicesE2E() {
        super(PHONE);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void aResidentFiltersACategoryAndReadsAServiceInArabicThenFrench() {
        browser.get(BASE + "/services?lang=ar");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertTrue(browser.findElements(By.cssSelector(".service-group")).size() >= 6, "every category is listed");

        new Select(browser.findElement(By.id("category"))).selectByValue("urbanisme");
        browser.findElement(By.cssSelector("form.filter button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("category=urbanisme"));
        List<WebElement> groups = browser.findElements(By.cssSelector(".service-group h2"));
        assertEquals(1, groups.size(), "one category after filtering");
        assertEquals("الشباك الوحيد للتعمير", groups.get(0).getText());
        assertEquals("urbanisme", new Select(browser.findElement(By.id("category"))).getFirstSelectedOption().getAttribute("value"));

        browser.findElement(By.xpath("//ul[@class='service-list']//a[normalize-space()='رخصة البناء']")).click();
        wait.until(ExpectedConditions.urlMatches(".*/services/[0-9]+.*"));
        assertEquals("رخصة البناء", text("main h1"));
        assertTrue(browser.findElements(By.cssSelector(".service-documents li")).size() >= 5, "the documents to bring");
        assertTrue(text(".service-documents").contains("التصاميم المعمارية"));
        assertTrue(text(".service-fee").contains("الرسم على عمليات البناء"), "the fee, as a text since it varies");
        assertFalse(browser.findElements(By.cssSelector(".service-forms a[type='application/pdf']")).isEmpty(), "a form to download");

        browser.findElement(By.cssSelector(".languages a[lang='fr']")).click();
        wait.until(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals("Autorisation de construire", text("main h1"));
        assertTrue(text(".service-documents").contains("Plans architecturaux signés par un architecte"));
        assertTrue(text(".service-fee").contains("Frais"));

        browser.get(BASE + "/services?category=etat-civil&lang=fr");
        browser.findElement(By.xpath("//a[normalize-space()='Déclaration de naissance']")).click();
        wait.until(ExpectedConditions.urlMatches(".*/services/[0-9]+.*"));
        assertTrue(text(".service-fee").contains("Gratuit"), "a free service says so");
    }

    @Test
    void anEditorCorrectsAFeeInThePreviewThenPublishesAndResidentsSeeIt() throws Exception {
        String name = "Certificat de test " + System.currentTimeMillis();
        browser.manage().window().setSize(new Dimension(1280, 1000)); // the back office is for desktops
        browser.get(BASE + "/?lang=fr");
        openAsEditor("/admin/content/service-edit");

        // The menu's opening animation can move an item under the pointer: choose through the widget, check the label.
        String taxes = "Fiscalité et redevances locales";
        ((JavascriptExecutor) browser).executeScript("var options = document.getElementById('service:category_input').options;"
                + "for (var i = 0; i < options.length; i++) { if (options[i].text === arguments[0]) { PF('serviceCategory').selectValue(options[i].value); } }",
                taxes);
        assertEquals(taxes, text("[id='service:category_label']"));
        browser.findElement(By.id("service:feeAmount")).sendKeys("15");
        browser.findElement(By.id("service:languages:nameAr")).sendKeys("شهادة اختبار");
        browser.findElement(By.id("service:languages:documentsAr")).sendKeys("البطاقة الوطنية للتعريف\nطلب مكتوب");
        browser.findElement(By.id("service:languages:officeAr")).sendKeys("وكالة المداخيل");
        browser.findElement(By.xpath("//ul[@role='tablist']//a[contains(., 'Français')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("service:languages:nameFr"))).sendKeys(name);
        browser.findElement(By.id("service:languages:documentsFr")).sendKeys("Carte nationale d'identité\nDemande écrite");
        browser.findElement(By.id("service:languages:officeFr")).sendKeys("Régie des recettes");

        browser.findElement(By.id("service:preview")).click();
        wait.until(ExpectedConditions.urlContains("/admin/content/service-preview"));
        assertEquals(name, text("main h1"));
        assertTrue(text(".service-fee").contains("15"), "the preview shows the draft's fee: " + text(".service-fee"));
        assertTrue(text(".service-documents").contains("Demande écrite"));
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1");
        assertEquals(404, new Browserless().get("/services/" + id).statusCode(), "the draft is not public yet");

        browser.findElement(By.id("back-to-edit")).click();
        WebElement fee = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("service:feeAmount")));
        fee.clear();
        fee.sendKeys("25");
        browser.findElement(By.id("service:saveAndPublish")).click();
        wait.until(ExpectedConditions.urlContains("/admin/content/services"));

        browser.get(BASE + "/services/" + id + "?lang=fr");
        assertEquals(name, text("main h1"));
        assertTrue(text(".service-fee").contains("25"), "residents see the corrected fee: " + text(".service-fee"));
        assertTrue(text(".breadcrumb").contains(taxes), "filed under its category: " + text(".breadcrumb"));
        browser.get(BASE + "/services?category=taxes&lang=fr");
        assertTrue(text("main").contains(name), "listed under its category");
    }

    private void openAsEditor(String page) {
        HeadlessChromium.openAsEditor(browser, page);
    }
}
