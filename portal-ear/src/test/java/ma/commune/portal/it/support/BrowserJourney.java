package ma.commune.portal.it.support;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A journey through the portal in a headless Chromium, against the application as it is deployed (the
 * demo's data, no test code inside): a fresh browser of the given width for each test, a wait that reads
 * again an element re-rendered by an Ajax answer while it was read, and the browser closed after the test.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("e2e")
@RunAsClient
public abstract class BrowserJourney {

    /** A phone's width (412 px) and a desk's (1280 px). */
    public static final int PHONE = 412;
    public static final int DESK = 1280;

    public static final String BASE = Browserless.BASE;

    private final int width;
    private final Duration patience;

    protected WebDriver browser;
    protected WebDriverWait wait;

    protected BrowserJourney(int width) {
        this(width, Duration.ofSeconds(20));
    }

    protected BrowserJourney(int width, Duration patience) {
        this.width = width;
        this.patience = patience;
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalAsIs();
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open(width);
        wait = new WebDriverWait(browser, patience);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
