package org.pare.supervisor.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pare.learner.events.ReflectionShared.Purpose;
import org.pare.supervisor.support.Api;
import org.pare.supervisor.support.Fixtures;
import org.pare.supervisor.support.SupervisorApiSupport;

/**
 * Two phones, no shared device: the learner shows a code, the supervisor redeems it and gives feedback, then
 * signs off a shared reflection whose text learner-service cannot serve here (nothing listens at the learner
 * link), so the page must say so and still allow the decision. Axe scans every page.
 */
@MicronautTest(transactional = false)
class SupervisorPagesIT extends SupervisorApiSupport {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private Playwright playwright;
    private Browser browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("pare.links.learner", "http://localhost:9"); // discard port: nothing answers
        return properties;
    }

    @BeforeAll
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Skipped: no Chromium at /usr/bin/chromium");
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

    private BrowserContext phoneOf(String token) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setBaseURL(server.getURI().toString()));
        context.addInitScript("sessionStorage.setItem('pare.token', '" + token + "')");
        return context;
    }

    @Test
    void a_supervisor_redeems_a_learners_code_gives_feedback_and_signs_off_a_shared_reflection() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.supervisor());
        try (BrowserContext learnerPhone = phoneOf(Api.tokenFor(on.learner(), "LEARNER"));
                BrowserContext supervisorPhone = phoneOf(Api.tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR"))) {
            // the learner shows a code and its QR code
            Page learner = learnerPhone.newPage();
            learner.navigate("/feedback-code");
            PlaywrightAssertions.assertThat(learner.locator("#qr svg")).isVisible();
            String code = learner.locator("#code").textContent().strip();
            assertThat(code).matches("[A-HJKMNP-Z2-9]{6}");
            accessible(learner, "feedback-code");

            // the supervisor starts from their list
            Page page = supervisorPhone.newPage();
            page.navigate("/");
            page.waitForURL("**/supervisor");
            PlaywrightAssertions.assertThat(page.getByText(on.learner().name() + " asks for sign-off"))
                    .isVisible();
            accessible(page, "home");

            // types the code and gives feedback
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give feedback"))
                    .click();
            page.waitForURL("**/supervisor/feedback");
            accessible(page, "feedback-code-entry");
            page.getByLabel("Learner's code").fill(code.toLowerCase());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find learner"))
                    .click();
            PlaywrightAssertions.assertThat(
                            page.getByText("Feedback for " + on.learner().name()))
                    .isVisible();
            page.getByLabel("communication").check();
            page.getByLabel("What went well").fill("Clear, kind explanation to the patient");
            page.getByLabel("What to develop").fill("Check understanding at the end");
            accessible(page, "feedback-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send feedback"))
                    .click();
            PlaywrightAssertions.assertThat(
                            page.getByText("Feedback sent to " + on.learner().name() + "."))
                    .isVisible();
            assertThat(db().count(
                                    "SELECT count(*) FROM feedback WHERE learner_id = ? AND went_well = ?",
                                    on.learner().id(),
                                    "Clear, kind explanation to the patient"))
                    .isEqualTo(1);

            // opens the shared reflection: the text cannot be loaded, the decision still can be made
            page.navigate("/supervisor");
            page.getByText(on.learner().name() + " asks for sign-off").click();
            page.waitForURL("**/supervisor/reflections/" + reflection);
            PlaywrightAssertions.assertThat(page.getByText("We could not load the text of this reflection"))
                    .isVisible();
            accessible(page, "reflection");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off"))
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("The reflection is now locked."))
                    .isVisible();
            assertThat(db().count(
                                    "SELECT count(*) FROM sign_off WHERE reflection_id = ? AND signed_by = ?",
                                    reflection,
                                    on.supervisor().id()))
                    .isEqualTo(1);

            // the concern form
            page.navigate("/supervisor/concern");
            PlaywrightAssertions.assertThat(page.getByLabel("Learner"))
                    .containsText(on.learner().name());
            accessible(page, "concern");
        }
    }

    private static void accessible(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
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
