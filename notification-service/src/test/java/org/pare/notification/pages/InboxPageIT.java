package org.pare.notification.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pare.notification.support.Api;
import org.pare.notification.support.Events;
import org.pare.notification.support.NotificationTestSupport;
import org.pare.supervisor.events.SupervisorTopics;

/** The inbox page on a phone-sized Chromium: unread count, each message with its link, mark read, accessible. */
@MicronautTest(transactional = false)
class InboxPageIT extends NotificationTestSupport {
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
    void a_learner_reads_their_messages_follows_the_link_and_marks_them_read_on_a_phone() {
        var on = aPlacement();
        for (int i = 0; i < 2; i++) {
            Events.publish(Events.of(
                    "pare.supervisor.FeedbackGiven.v1",
                    SupervisorTopics.FEEDBACK,
                    Map.of(
                            "feedbackId",
                            UUID.randomUUID(),
                            "learnerId",
                            on.learner().id(),
                            "supervisorId",
                            on.supervisor().id())));
        }
        String token = Api.tokenFor(on.learner(), "LEARNER");
        await().atMost(Duration.ofSeconds(30)).until(() -> api().messages(token).size() == 2);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setBaseURL(server.getURI().toString()))) {
            Page page = context.newPage();
            page.navigate("/");
            page.waitForURL("**/login**");
            page.getByLabel("Bearer token").fill(token);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();

            page.waitForURL("**/inbox");
            PlaywrightAssertions.assertThat(page.getByText("2 unread messages")).isVisible();
            PlaywrightAssertions.assertThat(
                            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read your feedback"))
                                    .first())
                    .hasAttribute("href", "http://localhost:8081/learner");
            accessible(page, "inbox-unread");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as read: You have new feedback"))
                    .first()
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("1 unread message")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as read"))
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("No unread messages"))
                    .isVisible();
            accessible(page, "inbox-read");
        }
        assertThat(api().body(api().get("/api/inbox/unread-count", token))).containsEntry("unread", 0);
    }

    @Test
    void a_person_chooses_a_daily_digest_and_quiet_hours_on_a_phone() {
        String login = "page-prefs-" + UUID.randomUUID();
        String token = Api.token("PRACTICE_SUPERVISOR", login, null);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setBaseURL(server.getURI().toString()))) {
            Page page = context.newPage();
            page.navigate("/login?next=/preferences");
            page.getByLabel("Bearer token").fill(token);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            page.waitForURL("**/preferences");
            PlaywrightAssertions.assertThat(page.getByLabel("Send me e-mails")).isChecked();
            accessible(page, "preferences");

            page.getByLabel("One summary e-mail a day instead of one e-mail per message")
                    .check();
            page.getByLabel("From").fill("22:30");
            page.getByLabel("Until").fill("06:45");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("Your choices are saved."))
                    .isVisible();
        }
        assertThat(api().body(api().get("/api/preferences", token)))
                .containsEntry("dailyDigest", true)
                .containsEntry("quietFrom", "22:30")
                .containsEntry("quietUntil", "06:45");
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
