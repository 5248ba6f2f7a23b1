package ma.commune.portal.it.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ma.commune.portal.it.support.Browserless;
import ma.commune.portal.it.support.Deployments;
import ma.commune.portal.it.support.HeadlessChromium;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * WCAG 2.1 AA in a real browser: axe-core (every rule it has, none disabled) on every public route,
 * list pages and one item page of each window, in Arabic and in French — no serious or critical
 * violation; and the keyboard reaches the content first and sees where its focus is.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("e2e")
@RunAsClient
class AccessibilityE2E {

    private static final String BASE = Browserless.BASE;
    /** The public routes; the windows' item pages are found from their lists. */
    static final List<String> ROUTES = List.of("/", "/city", "/news", "/legal", "/partnerships", "/projects",
            "/reports", "/services", "/search?q=%D8%AC%D9%85%D8%A7%D8%B9%D8%A9", "/legal-notice", "/privacy",
            "/accessibility", "/open-data", "/login", "/no-such-page", "/council", "/council/sessions",
            // The residents' forms (issue 5): the categories, a report form with its map, an urgent category
            // with its emergency numbers, the other forms, tracking (an unknown code), the confirmation, and
            // the public accountability of the cases.
            "/allo", "/allo?category=LIGHTING", "/allo?category=AMBULANCE", "/complaint", "/information-request", "/track",
            "/track?code=BG-0000-0000-0", "/received", "/allo/accountability",
            // Where the money goes (issue 6): tenders, contracts, the budget's execution.
            "/tenders", "/contracts", "/budget");
    static final List<String> WINDOWS_WITH_ITEMS = List.of("news", "legal", "partnerships", "projects", "reports", "services",
            "council/sessions");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalAsIs();
    }

    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = HeadlessChromium.open(1280);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPublicRouteHasNoSeriousOrCriticalViolationInArabicAndFrench() {
        Set<String> routes = new LinkedHashSet<>(ROUTES);
        for (String window : WINDOWS_WITH_ITEMS) {
            browser.get(BASE + "/" + window);
            browser.findElements(By.cssSelector("main a[href^='/" + window + "/']")).stream()
                    .map(a -> a.getAttribute("href").replace(BASE, ""))
                    .filter(href -> href.matches("/" + window + "/[0-9]+"))
                    .findFirst().ifPresent(routes::add);
        }
        assertTrue(routes.size() >= ROUTES.size() + WINDOWS_WITH_ITEMS.size(), "an item page of each window: " + routes);
        List<String> problems = new ArrayList<>();
        for (String route : routes) {
            for (String lang : List.of("ar", "fr")) {
                String url = BASE + route + (route.contains("?") ? "&" : "?") + "lang=" + lang;
                browser.get(url);
                assertEquals(lang, browser.findElement(By.tagName("html")).getAttribute("lang"), url);
                Results results = new AxeBuilder().analyze(browser);
                for (Rule violation : results.getViolations()) {
                    if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                        problems.add(route + " [" + lang + "] " + violation.getImpact() + " " + violation.getId() + ": "
                                + violation.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
                                        .collect(Collectors.joining(" | ")));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theKeyboardSkipsToTheContentAndAlwaysShowsItsFocus() {
        for (String lang : List.of("ar", "fr")) {
            browser.get(BASE + "/?lang=" + lang);
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement first = browser.switchTo().activeElement();
            assertEquals("skip-link", first.getAttribute("class"), "the first Tab reaches the skip link");
            first.sendKeys(Keys.ENTER);
            assertEquals("main", browser.switchTo().activeElement().getAttribute("id"), "Enter moves to the content");

            browser.get(BASE + "/?lang=" + lang);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            Set<String> reached = new LinkedHashSet<>();
            for (int i = 0; i < 25; i++) {
                new Actions(browser).sendKeys(Keys.TAB).perform();
                WebElement focused = browser.switchTo().activeElement();
                assertTrue(focused.isDisplayed(), "focus on a visible element: " + focused.getAttribute("outerHTML"));
                Object shown = js.executeScript("const s = getComputedStyle(arguments[0]);"
                        + " return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' || s.boxShadow !== 'none';", focused);
                assertEquals(Boolean.TRUE, shown, "a visible focus indicator on " + focused.getAttribute("outerHTML"));
                reached.add(focused.getAttribute("href") + focused.getAttribute("id"));
            }
            assertTrue(reached.size() > 10, "Tab moves through the page: " + reached);
        }
    }
}
