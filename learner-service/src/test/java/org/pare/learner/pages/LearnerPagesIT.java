package org.pare.learner.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pare.learner.support.Api;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;

/** The learner's pages on a phone-sized Chromium: capture online, capture offline, sync once, accessible. */
@MicronautTest
class LearnerPagesIT extends LearnerApiSupport {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "Skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium; .ci/run does it)");
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
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
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void a_learner_captures_reflections_online_and_offline_and_each_is_sent_exactly_once() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String base = server.getURI().toString();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setBaseURL(base))) {
            Page page = context.newPage();

            // signs in at the organisation's provider (the authorization-code flow; the provider's own form)
            page.navigate("/learner");
            page.locator("input[name=username]").fill(on.learner().loginId());
            page.locator("textarea[name=claims]").fill("{\"roles\": [\"LEARNER\"]}");
            page.locator("input[type=submit]").click();

            // home
            page.waitForURL("**/learner");
            PlaywrightAssertions.assertThat(page.getByText("Drafts (0)")).isVisible();
            PlaywrightAssertions.assertThat(page.getByText("Were you treated with dignity and respect today?"))
                    .isVisible();
            accessible(page, "home");

            // today's check-in: three yes/no answers, a mood, a request for contact
            page.getByRole(
                            AriaRole.GROUP,
                            new Page.GetByRoleOptions().setName("Were you treated with dignity and respect today?"))
                    .getByLabel("Yes")
                    .check();
            page.getByRole(
                            AriaRole.GROUP,
                            new Page.GetByRoleOptions().setName("Did you have what you needed to do your work well?"))
                    .getByLabel("No")
                    .check();
            page.getByRole(
                            AriaRole.GROUP,
                            new Page.GetByRoleOptions().setName("Were you recognised or thanked for your work?"))
                    .getByLabel("No")
                    .check();
            page.getByLabel("How are you feeling? (optional)").selectOption("2");
            page.getByLabel("I would like someone to contact me").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send check-in"))
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("Thank you, you have checked in today."))
                    .isVisible();
            assertThat(api().body(api().send("GET", "/api/pulse/today", Api.tokenFor(on.learner()), null)))
                    .containsEntry("mood", 2)
                    .containsEntry("contactRequested", true)
                    .containsEntry("hadWhatTheyNeeded", false);

            // captures online and submits
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New reflection"))
                    .click();
            page.waitForURL("**/learner/capture");
            PlaywrightAssertions.assertThat(page.getByLabel("What happened")).isVisible();
            accessible(page, "capture");
            page.getByLabel("Title").fill("Handover on ward 7");
            page.getByLabel("What happened").fill("I gave my first handover.");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Submit").setExact(true))
                    .click();
            page.waitForURL("**/learner");
            Locator submitted = page.locator("[data-state=SUBMITTED]");
            PlaywrightAssertions.assertThat(submitted.getByText("Handover on ward 7"))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.getByText("Thank you, you have checked in today."))
                    .isVisible();
            screenshot(page, "home-after-capture");

            // the page shell is kept on the phone (service worker), so the capture page opens with no signal
            page.navigate("/learner/capture");
            PlaywrightAssertions.assertThat(page.getByLabel("What happened")).isVisible();
            page.navigate("/learner");
            assertThat(page.evaluate("async () => { await navigator.serviceWorker.ready;"
                            + " return !!(await caches.match('/learner/capture')); }"))
                    .isEqualTo(true);
            context.setOffline(true);

            // captures offline as a draft
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New reflection"))
                    .click();
            page.waitForURL("**/learner/capture");
            PlaywrightAssertions.assertThat(page.getByLabel("What happened")).isVisible();
            page.getByLabel("Title").fill("Medicines round with no signal");
            page.getByLabel("What happened").fill("Checked the chart twice.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft"))
                    .click();
            Locator waiting = page.locator("#outbox li", new Page.LocatorOptions().setHasText("Medicines round"));
            PlaywrightAssertions.assertThat(waiting.getByText("Waiting to send"))
                    .isVisible();
            String key = waiting.getAttribute("data-idempotency-key");
            assertThat(key).matches("[0-9a-f-]{36}");
            screenshot(page, "capture-waiting-to-send");
            accessible(page, "capture-offline");
            assertThat(db().count("SELECT count(*) FROM idempotency_key WHERE key = ?", key))
                    .isZero();

            // back online: sent once (on the online event, or at the latest by the 10 s retry: a page opened while
            // offline from the service worker does not always see the emulated online event)
            context.setOffline(false);
            PlaywrightAssertions.assertThat(page.locator("#outbox li"))
                    .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            PlaywrightAssertions.assertThat(page.getByText("Sent: \"Medicines round with no signal\"."))
                    .isVisible();
            page.navigate("/learner");
            Locator drafts = page.locator("[data-state=DRAFT]");
            PlaywrightAssertions.assertThat(drafts.getByText("Medicines round with no signal"))
                    .hasCount(1);
            screenshot(page, "home-after-sync");
            accessible(page, "home-after-sync");
            // a second flush (online event, timer, page load) must not create it again
            page.evaluate("() => window.dispatchEvent(new Event('online'))");
            page.waitForTimeout(500);

            // signs out: the token leaves the tab, and the sign-in page says so instead of signing in again
            page.locator("#sign-out").click();
            PlaywrightAssertions.assertThat(page.getByText("You have signed out."))
                    .isVisible();
            assertThat(page.evaluate("() => sessionStorage.getItem('pare.token')"))
                    .isNull();
            accessible(page, "signed-out");
        }

        assertThat(db().count("SELECT count(*) FROM idempotency_key WHERE key = ?", keyOf(on)))
                .isEqualTo(1);
        assertThat(db().count(
                                "SELECT count(*) FROM reflection WHERE learner_id = ? AND title = ?",
                                on.learner().id(),
                                "Medicines round with no signal"))
                .isEqualTo(1);
    }

    private String keyOf(Fixtures.LearnerOnPlacement on) {
        return (String) db().column(
                        "SELECT k.key FROM idempotency_key k JOIN reflection r ON r.id = k.reflection_id"
                                + " WHERE r.learner_id = ? AND r.title = ?",
                        on.learner().id(),
                        "Medicines round with no signal")
                .get(0);
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private static void accessible(Page page, String name) {
        screenshot(page, name);
        List<Rule> violations = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze()
                .getViolations();
        assertThat(violations.stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(v -> v.getId() + ": " + v.getHelp() + " "
                                + v.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .toList())
                        .toList())
                .as("serious or critical accessibility violations on %s", name)
                .isEmpty();
    }
}
