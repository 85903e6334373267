package org.pare.notification.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.learner.events.LearnerTopics;
import org.pare.notification.support.Events;
import org.pare.notification.support.NotificationTestSupport;
import org.pare.testing.browser.RealBrowser;
import org.pare.testing.browser.RealBrowserExtension;

/** The failed e-mails page on a desktop Chromium: an education lead sees their trust's failed e-mail and retries it. */
@ExtendWith(RealBrowserExtension.class)
@MicronautTest(transactional = false)
class FailedEmailsPageIT extends NotificationTestSupport {
    private RealBrowser browser;

    @Test
    void an_education_lead_sees_a_failed_email_of_their_trust_and_tries_it_again() {
        // given a learner of the trust whose e-mail failed for good
        var on = aPlacement();
        var learner = on.learner();
        Events.publish(Events.of(
                "pare.learner.PersonChanged.v1",
                LearnerTopics.PERSON,
                Map.of(
                        "personId",
                        learner.id(),
                        "loginId",
                        learner.loginId(),
                        "name",
                        "Ada Page",
                        "email",
                        "not an address")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows().count(
                                        "SELECT count(*) FROM person WHERE person_id = ? AND name = 'Ada Page'",
                                        learner.id())
                        == 1);
        Events.publish(Events.feedbackFor(on));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows().count(
                                        "SELECT count(*) FROM outgoing_email WHERE recipient_person = ? AND state = 'FAILED'",
                                        learner.id())
                        == 1);

        java.time.OffsetDateTime clicked;
        try (BrowserContext context = browser.desktop(server.getURI().toString())) {
            Page page = context.newPage();
            RealBrowser.signIn(
                    page,
                    "/inbox",
                    "lead-" + UUID.randomUUID(),
                    "{\"roles\": [\"EDUCATION_LEAD\"], \"org\": \"" + on.trustId() + "\"}");

            // then the lead's inbox says so and leads to the list
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("1 e-mail to your trust's people could not be sent"))
                    .click();
            PlaywrightAssertions.assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/failed-emails$"));
            PlaywrightAssertions.assertThat(page.getByText("1 failed e-mail")).isVisible();
            PlaywrightAssertions.assertThat(page.getByText("To Ada Page (not an address)"))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.getByText("Tried 3 times.")).isVisible();
            RealBrowser.assertAccessible(page, "failed-emails");

            // when
            clicked = java.time.OffsetDateTime.now();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Try again: You have new feedback, to Ada Page (not an address)"))
                    .click();

            // then
            PlaywrightAssertions.assertThat(page.getByText("will be tried again now"))
                    .isVisible();
        }
        // a retry gives a fresh set of tries from the click (this address fails again, later than that)
        assertThat(rows().count(
                                "SELECT count(*) FROM outgoing_email WHERE recipient_person = ? AND not_before >= ?",
                                learner.id(),
                                clicked))
                .isEqualTo(1);
    }
}
