package ma.commune.portal.it.support;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser of the end-to-end tests: Debian's headless Chromium, and the staff login. */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A new browser window {@code width} pixels wide (412: a phone; 1280: a desktop). */
    public static WebDriver open(int width) {
        // Selenium Manager cannot download browsers here: Debian's chromium and chromedriver are used.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--window-size=" + width + ",1000");
        return new ChromeDriver(service, options);
    }

    public static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Opens a back-office page as the demo editor: the portal asks for the login first, then continues to the page. */
    public static void openAsEditor(WebDriver browser, String page) {
        openAs(browser, page, "editor");
    }

    /** Opens a back-office page as one of the demo staff accounts ({@code secretariat}, {@code editor}...). */
    public static void openAs(WebDriver browser, String page, String user) {
        WebDriverWait wait = waitFor(browser);
        browser.get(Browserless.BASE + page);
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys("BenGuerir-demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains(page));
    }
}
