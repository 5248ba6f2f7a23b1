package ma.commune.portal.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import ma.commune.portal.it.support.BrowserJourney;
import ma.commune.portal.it.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The council secretariat's whole cycle in a real browser (headless Chromium): plan a session, build its
 * agenda with a document, publish it (confirming the late-notice warning of organic law 113-14), record
 * attendance and decisions, upload and publish the minutes; then a resident reads the session in Arabic
 * and in French. The back office is used in French so that the messages can be read by the test.
 */
class SecretariatJourneyE2E extends BrowserJourney {

    SecretariatJourneyE2E() {
        super(DESK);
    }

    @Test
    void theSecretariatConvenesASessionRecordsItAndResidentsReadIt() throws Exception {
        long marker = System.currentTimeMillis();
        String firstAr = "المصادقة على اتفاقية الإنارة العمومية " + marker;
        String firstFr = "Approbation de la convention d'éclairage public " + marker;
        String secondAr = "دراسة برمجة الفائض " + marker;
        String secondFr = "Examen de la programmation de l'excédent " + marker;

        HeadlessChromium.openAs(browser, "/admin/council/members", "secretariat");
        browser.get(BASE + "/admin/council/members?lang=fr");
        ensureMandateWithMembers();

        // Plan an extraordinary session two days from now: under the 3 days' notice the law asks for.
        LocalDate day = LocalDate.now(ZoneId.of("Africa/Casablanca")).plusDays(2);
        browser.get(BASE + "/admin/council/sessions");
        await(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:placeAr"))).sendKeys("قاعة الاجتماعات بمقر الجماعة");
        browser.findElement(By.id("planForm:placeFr")).sendKeys("Salle des délibérations, siège de la commune");
        selectWidget("planForm:kind", "EXTRAORDINARY");
        date("planForm:day", day);
        browser.findElement(By.id("planForm:plan")).click();
        await(ExpectedConditions.urlContains("/admin/council/session-agenda"));
        String url = browser.getCurrentUrl();
        String id = url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", "");

        // Two items, the first with a supporting PDF.
        addItem(null, firstAr, firstFr);
        addItem(null, secondAr, secondFr);
        assertEquals(List.of("1", "2"), texts(".item-number"));
        browser.findElement(By.id("agenda:documentLabelAr")).sendKeys("مشروع الاتفاقية");
        browser.findElement(By.id("agenda:documentLabelFr")).sendKeys("Projet de convention");
        browser.findElement(By.id("agenda:document_input")).sendKeys(pdf("convention.pdf").toString());
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda:items"), "convention.pdf"));

        // A repeated number: the message, and nothing saved.
        addItem("1", "بند مكرر " + marker, "Point répété " + marker);
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "porte déjà ce numéro"));
        assertEquals(List.of("1", "2"), texts(".item-number"), "the repeated item was not saved");

        // Publishing the agenda: the late notice is a warning to confirm in the dialog.
        click("agenda:publishAgenda");
        WebElement dialog = await(ExpectedConditions.visibilityOfElementLocated(By.id("warningsForm:warningsDialog")));
        assertTrue(dialog.getText().contains("jour(s) avant la session"), dialog.getText());
        click("warningsForm:confirmWarnings");
        await(ExpectedConditions.visibilityOfElementLocated(By.id("convocation")));
        assertTrue(browser.findElement(By.id("state")).getText().contains("Convoquée"), "the session is convened");

        // Attendance: everyone present, saved together, on the sitting's page that convening opened.
        click("stage-sitting");
        await(ExpectedConditions.urlContains("/admin/council/session-sitting"));
        click("attendance:allPresent");
        await(ExpectedConditions.elementSelectionStateToBe(By.cssSelector("[id='attendance:sheet:0:presence'] input[value='PRESENT']"), true));
        click("attendance:saveAttendance");
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "présences sont enregistrées"));

        // The decisions: the first adopted with its vote, the second postponed.
        new Select(browser.findElement(By.id("decisions:list:0:outcome"))).selectByValue("ADOPTED");
        type("decisions:list:0:votesFor", "3");
        type("decisions:list:0:votesAgainst", "0");
        type("decisions:list:0:abstentions", "0");
        type("decisions:list:0:textAr", "صادق المجلس على الاتفاقية.");
        type("decisions:list:0:textFr", "Le conseil approuve la convention.");
        clickAndWaitForUpdate("decisions:list:0:saveDecision", "decisions");
        assertTrue(browser.findElement(By.id("pageMessages")).getText().contains("décision est enregistrée"));
        new Select(browser.findElement(By.id("decisions:list:1:outcome"))).selectByValue("POSTPONED");
        clickAndWaitForUpdate("decisions:list:1:saveDecision", "decisions");
        assertEquals("POSTPONED", browser.findElement(By.id("decisions:list:1:outcome")).getAttribute("value"));

        // The minutes: a file that is not a PDF is refused with its message; then the real one, published.
        click("stage-minutes");
        await(ExpectedConditions.urlContains("/admin/council/session-minutes"));
        browser.findElement(By.id("minutes:minutesFile_input")).sendKeys(notAPdf().toString());
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes"), "n'est pas un document PDF valide"));
        assertTrue(browser.findElement(By.id("minutesDraft")).getText().contains("Aucun"), "nothing was attached");
        browser.findElement(By.id("minutes:minutesFile_input")).sendKeys(pdf("pv-session.pdf").toString());
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("minutesDraft"), "pv-session.pdf"));
        click("minutes:publishMinutes");
        // The session's day has not come yet: one more warning to confirm knowingly.
        await(ExpectedConditions.visibilityOfElementLocated(By.id("warningsForm:warningsDialog")));
        click("warningsForm:confirmWarnings");
        await(ExpectedConditions.visibilityOfElementLocated(By.id("minutesHistory")));
        assertTrue(browser.findElement(By.id("state")).getText().contains("Close"), browser.findElement(By.id("state")).getText());
        String minutesHref = browser.findElement(By.cssSelector("#minutesHistory a")).getAttribute("href");
        assertTrue(minutesHref.contains("/files/"), minutesHref);
        // The session's former address (the sessions list, bookmarks) opens the stage it is at.
        browser.get(BASE + "/admin/council/session-edit?id=" + id);
        await(ExpectedConditions.urlContains("/admin/council/session-minutes?id=" + id));

        // A resident, with a fresh browser and no login: the public session page, in Arabic and in French.
        // (These assertions depend on the public page /council/sessions/{id}, built in parallel.)
        WebDriver resident = HeadlessChromium.open(412);
        try {
            resident.get(BASE + "/council/sessions/" + id);
            assertEquals("rtl", resident.findElement(By.tagName("html")).getAttribute("dir"));
            String arabic = resident.findElement(By.tagName("main")).getText();
            assertTrue(arabic.contains(firstAr) && arabic.contains(secondAr), "the agenda in Arabic");
            assertTrue(arabic.contains("3"), "the vote count");
            assertMinutesLink(resident, minutesHref);

            resident.get(BASE + "/council/sessions/" + id + "?lang=fr");
            assertEquals("ltr", resident.findElement(By.tagName("html")).getAttribute("dir"));
            String french = resident.findElement(By.tagName("main")).getText();
            assertTrue(french.contains(firstFr) && french.contains(secondFr), "the agenda in French");
            assertTrue(french.contains("3"), "the vote count");
            assertMinutesLink(resident, minutesHref);
        } finally {
            resident.quit();
        }
    }

    /** The page links the published minutes' PDF (/files/{key}). */
    private static void assertMinutesLink(WebDriver resident, String minutesHref) {
        String path = minutesHref.substring(minutesHref.indexOf("/files/"));
        assertTrue(resident.findElements(By.cssSelector("a[href$='" + path + "']")).size() > 0, "a link to " + path);
    }

    /** A council needs a mandate covering the session's day and members in office (the demo may not hold them yet). */
    private void ensureMandateWithMembers() {
        await(ExpectedConditions.visibilityOfElementLocated(By.id("membersForm:members")));
        if (!browser.findElements(By.id("mandate:noMandate")).isEmpty()) {
            type("mandate:mandateName", "2021–2027");
            type("mandate:mandateSeats", "3");
            date("mandate:mandateStart", LocalDate.of(2021, 9, 15));
            date("mandate:mandateEnd", LocalDate.of(2027, 9, 30));
            click("mandate:createMandate");
            await(ExpectedConditions.invisibilityOfElementLocated(By.id("mandate:noMandate")));
        }
        String[][] names = {{"عبد الله العلوي", "Abdellah Alaoui"}, {"فاطمة الزهراء بناني", "Fatima Zahra Bennani"},
                {"يوسف الإدريسي", "Youssef Idrissi"}};
        for (int added = memberRows(); added < 3; added++) {
            type("member:nameAr", names[added][0]);
            type("member:nameFr", names[added][1]);
            int before = memberRows();
            click("member:saveMember");
            await(driver -> memberRows() == before + 1);
        }
    }

    private int memberRows() {
        return browser.findElements(By.cssSelector("[id='membersForm:members_data'] tr:not(.ui-datatable-empty-message)")).size();
    }

    private void addItem(String number, String titleAr, String titleFr) {
        int messagesBefore = browser.findElements(By.cssSelector("#pageMessages li, #pageMessages .ui-messages-info, #pageMessages .ui-messages-error")).size();
        if (number != null) {
            type("agenda:itemNumber", number);
        }
        type("agenda:itemTitleAr", titleAr);
        type("agenda:itemTitleFr", titleFr);
        type("agenda:itemSummaryAr", "ملخص " + titleAr);
        type("agenda:itemSummaryFr", "Résumé : " + titleFr);
        int rows = texts(".item-number").size();
        click("agenda:saveItem");
        await(driver -> texts(".item-number").size() > rows
                || !browser.findElements(By.cssSelector("#pageMessages .ui-messages-error")).isEmpty());
    }

    /** Waits for a condition; when it does not come, the failure says what the page's messages said. */
    private <T> T await(java.util.function.Function<WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException timeout) {
            List<WebElement> messages = browser.findElements(By.cssSelector(".ui-messages, .ui-message"));
            throw new AssertionError("timed out on " + browser.getCurrentUrl() + "; the page said: "
                    + messages.stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList(), timeout);
        }
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits until the answer has replaced {@code updated} (an upload started before would be lost). */
    private void clickAndWaitForUpdate(String id, String updated) {
        WebElement before = browser.findElement(By.id(updated));
        click(id);
        await(ExpectedConditions.stalenessOf(before));
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** A date through the date picker's widget (its calendar takes the keyboard when a date is typed). */
    private void date(String id, LocalDate day) {
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]))",
                id, day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        assertEquals(day.toString(), browser.findElement(By.id(id + "_input")).getAttribute("value"), id);
    }

    /** Through PrimeFaces' own widget (clicking its animated panel races on a busy machine). */
    private void selectWidget(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])", id, value);
    }

    /** The smallest PDF FileStore accepts: its signature, one empty page, its end-of-file marker. */
    private static Path pdf(String name) throws Exception {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        Path file = Files.createTempDirectory("council").resolve(name);
        Files.writeString(file, body, StandardCharsets.US_ASCII);
        return file;
    }

    /** Named like a PDF (the browser's check passes) but not one: the server must refuse it by its bytes. */
    private static Path notAPdf() throws Exception {
        Path file = Files.createTempDirectory("council").resolve("pv-faux.pdf");
        Files.writeString(file, "Ceci n'est pas un PDF.", StandardCharsets.UTF_8);
        return file;
    }
}
