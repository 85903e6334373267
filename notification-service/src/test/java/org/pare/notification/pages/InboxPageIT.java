package org.pare.notification.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.notification.support.Api;
import org.pare.notification.support.Events;
import org.pare.notification.support.NotificationTestSupport;
import org.pare.testing.browser.RealBrowser;
import org.pare.testing.browser.RealBrowserExtension;

/** The inbox page on a phone-sized Chromium: unread count, each message with its link, mark read, accessible. */
@ExtendWith(RealBrowserExtension.class)
@MicronautTest(transactional = false)
class InboxPageIT extends NotificationTestSupport {
    private RealBrowser browser;

    @Test
    void a_learner_reads_their_messages_follows_the_link_and_marks_them_read_on_a_phone() {
        var on = aPlacement();
        for (int i = 0; i < 2; i++) {
            Events.publish(Events.feedbackFor(on));
        }
        String token = Api.tokenFor(on.learner(), "LEARNER");
        await().atMost(Duration.ofSeconds(30)).until(() -> api().messages(token).size() == 2);

        try (BrowserContext context = browser.phone(server.getURI().toString())) {
            Page page = context.newPage();
            RealBrowser.signIn(page, "/inbox", on.learner().loginId(), "{\"roles\": [\"LEARNER\"]}");
            PlaywrightAssertions.assertThat(page.getByText("2 unread messages")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#failed-emails"))
                    .isHidden(); // a learner is not told about the trust's failed e-mails
            PlaywrightAssertions.assertThat(
                            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read your feedback"))
                                    .first())
                    .hasAttribute("href", "http://localhost:8081/learner");
            RealBrowser.assertAccessible(page, "inbox-unread");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as read: You have new feedback"))
                    .first()
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("1 unread message")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as read"))
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("No unread messages"))
                    .isVisible();
            RealBrowser.assertAccessible(page, "inbox-read");
        }
        assertThat(api().body(api().get("/api/inbox/unread-count", token))).containsEntry("unread", 0);
    }

    @Test
    void a_person_chooses_a_daily_digest_and_quiet_hours_on_a_phone() {
        String login = "page-prefs-" + UUID.randomUUID();
        String token = Api.token("PRACTICE_SUPERVISOR", login, null);
        try (BrowserContext context = browser.phone(server.getURI().toString())) {
            Page page = context.newPage();
            RealBrowser.signIn(page, "/preferences", login, "{\"roles\": [\"PRACTICE_SUPERVISOR\"]}");
            PlaywrightAssertions.assertThat(page.getByLabel("Send me e-mails")).isChecked();
            RealBrowser.assertAccessible(page, "preferences");

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
}
