package org.pare.testing.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The system Chromium, headless, driven by Playwright, for page tests: phone and desktop contexts, sign-in through
 * the real provider's form, screenshots kept under {@code target/screenshots}, and an axe scan that fails on any
 * serious or critical WCAG 2.2 AA violation. Skips the test (not fails) when there is no /usr/bin/chromium.
 */
public final class RealBrowser implements AutoCloseable {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    private final Browser browser;

    private RealBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static RealBrowser start() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "Skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium; .ci/run does it)");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        return new RealBrowser(playwright, browser);
    }

    /** A phone: 390 x 844, touch, mobile. */
    public BrowserContext phone(String baseUrl) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setBaseURL(baseUrl));
    }

    /** A desktop: 1366 x 900. */
    public BrowserContext desktop(String baseUrl) {
        return browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 900).setBaseURL(baseUrl));
    }

    /**
     * Opens {@code path}, which sends the person to sign in, and signs in at the provider's own form with this
     * login id and these claims (JSON, e.g. {@code {"roles": ["LEARNER"]}}); returns when the page is back.
     */
    public static void signIn(Page page, String path, String loginId, String claimsJson) {
        page.navigate(path);
        page.locator("input[name=username]").fill(loginId);
        page.locator("textarea[name=claims]").fill(claimsJson);
        page.locator("input[type=submit]").click();
        page.waitForURL("**" + path.replaceAll("\\?.*", ""));
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** Keeps a screenshot and fails on any serious or critical accessibility violation on the page as it is. */
    public static void assertAccessible(Page page, String name) {
        screenshot(page, name);
        List<Rule> violations = new AxeBuilder(page).withTags(WCAG).analyze().getViolations();
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList();
        assertEquals(List.of(), serious, "serious or critical accessibility violations on " + name);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
