package ma.commune.portal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser of the end-to-end tests (headless Chromium), and the editor's way into the back office. */
final class Chromium {

    private Chromium() {
    }

    static WebDriver start() {
        // Selenium Manager cannot download browsers here: Debian's chromium and chromedriver are used.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--window-size=1280,1000");
        return new ChromeDriver(service, options);
    }

    /** Opens a back-office page: the portal asks for the login first, then continues to the page. */
    static void openAsEditor(WebDriver browser, WebDriverWait wait, String page) {
        browser.get(Browserless.BASE + page);
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("login:username")).sendKeys("editor");
        browser.findElement(By.id("login:password")).sendKeys("BenGuerir-demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains(page));
    }
}
