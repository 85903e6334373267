package org.pare.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.system.browser.BrowserJourneyIT.click;
import static org.pare.testing.browser.RealBrowser.assertAccessible;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.pare.system.journey.JourneyCohort;
import org.pare.testing.browser.RealBrowser;

/** What the learner does on their phone, on learner-service's pages (and supervisor-service's code page). */
final class LearnerPhone {
    private LearnerPhone() {}

    static void signInAndCheckIn(Page page, JourneyCohort cohort) {
        RealBrowser.signIn(page, "/learner", cohort.learnerLogin(), BrowserJourneyIT.roles("LEARNER", null));
        PlaywrightAssertions.assertThat(page.locator("#placement"))
                .containsText(cohort.cohort().area());
        assertAccessible(page, "journey-learner-home");
        for (String question : new String[] {
            "Were you treated with dignity and respect today?",
            "Did you have what you needed to do your work well?",
            "Were you recognised or thanked for your work?"
        }) {
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
                    .getByLabel("No")
                    .check();
        }
        page.getByLabel("I would like someone to contact me").check();
        click(page, "Send check-in");
        PlaywrightAssertions.assertThat(page.getByText("Thank you, you have checked in today."))
                .isVisible();
    }

    /** The page shell is kept by the service worker; with the network cut the capture waits, then is sent once. */
    static void captureOfflineThenSync(BrowserContext phone, Page page, String title) {
        page.navigate("/learner/capture");
        PlaywrightAssertions.assertThat(page.getByLabel("What happened")).isVisible();
        page.navigate("/learner");
        assertThat(page.evaluate("async () => { await navigator.serviceWorker.ready;"
                        + " return !!(await caches.match('/learner/capture')); }"))
                .isEqualTo(true);
        phone.setOffline(true);
        click(page, "New reflection");
        page.waitForURL("**/learner/capture");
        page.getByLabel("Title").fill(title);
        page.getByLabel("What happened").fill("Checked the chart twice before each dose.");
        click(page, "Save as draft");
        Locator waiting = page.locator("#outbox li", new Page.LocatorOptions().setHasText(title));
        PlaywrightAssertions.assertThat(waiting.getByText("Waiting to send")).isVisible();
        assertAccessible(page, "journey-capture-offline");

        phone.setOffline(false);
        PlaywrightAssertions.assertThat(page.locator("#outbox li"))
                .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        PlaywrightAssertions.assertThat(page.getByText("Sent: \"" + title + "\"."))
                .isVisible();
        assertAccessible(page, "journey-capture-synced");
    }

    static void shareForSignOff(Page page, String title, UUID supervisorId) {
        page.navigate("/learner");
        page.locator("[data-state=DRAFT]").getByText(title).click();
        page.waitForURL("**/learner/reflections/**");
        click(page, "Submit");
        PlaywrightAssertions.assertThat(page.locator("#state")).hasText("Submitted");
        page.getByLabel("Sign-off").check();
        page.locator("input[name=person][value='" + supervisorId + "']").check();
        page.locator("#share-form button[type=submit]").click();
        PlaywrightAssertions.assertThat(page.locator("#state")).hasText("Shared");
        assertAccessible(page, "journey-reflection-shared");
    }

    /** "Ask for feedback now" leads to supervisor-service's page, which asks the learner to sign in there too. */
    static String showFeedbackCode(Page page, JourneyCohort cohort, String supervisorUrl) {
        page.navigate("/learner");
        PlaywrightAssertions.assertThat(page.locator("#feedback-code"))
                .hasAttribute("href", supervisorUrl + "/feedback-code");
        page.locator("#feedback-code").click();
        page.locator("input[name=username]").fill(cohort.learnerLogin());
        page.locator("textarea[name=claims]").fill(BrowserJourneyIT.roles("LEARNER", null));
        page.locator("input[type=submit]").click();
        page.waitForURL(supervisorUrl + "/feedback-code");
        PlaywrightAssertions.assertThat(page.locator("#qr svg")).isVisible();
        String code = page.locator("#code").textContent().strip();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{6}");
        assertAccessible(page, "journey-feedback-code");
        return code;
    }
}
