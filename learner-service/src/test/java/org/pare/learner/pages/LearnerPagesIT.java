package org.pare.learner.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.testing.browser.RealBrowser.assertAccessible;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.learner.support.Api;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;
import org.pare.testing.browser.RealBrowser;
import org.pare.testing.browser.RealBrowserExtension;

/** The learner's pages on a phone-sized Chromium: capture online, capture offline, sync once, accessible. */
@ExtendWith(RealBrowserExtension.class)
@MicronautTest
class LearnerPagesIT extends LearnerApiSupport {
    private RealBrowser browser;

    @Test
    void a_learner_captures_reflections_online_and_offline_and_each_is_sent_exactly_once() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String base = server.getURI().toString();
        try (BrowserContext context = browser.phone(base)) {
            Page page = context.newPage();

            // signs in at the organisation's provider (the authorization-code flow; the provider's own form)
            RealBrowser.signIn(page, "/learner", on.learner().loginId(), "{\"roles\": [\"LEARNER\"]}");

            // home
            page.waitForURL("**/learner");
            PlaywrightAssertions.assertThat(page.getByText("Drafts (0)")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#placement")).containsText("Ward 7");
            PlaywrightAssertions.assertThat(page.locator("#feedback-code"))
                    .hasAttribute("href", "http://localhost:8082/feedback-code");
            PlaywrightAssertions.assertThat(page.locator("#interviews-link"))
                    .hasAttribute("href", "http://localhost:8082/interviews");
            PlaywrightAssertions.assertThat(page.getByText("Were you treated with dignity and respect today?"))
                    .isVisible();
            assertAccessible(page, "home");

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
            assertAccessible(page, "capture");
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
            RealBrowser.screenshot(page, "home-after-capture");

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
            RealBrowser.screenshot(page, "capture-waiting-to-send");
            assertAccessible(page, "capture-offline");
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
            RealBrowser.screenshot(page, "home-after-sync");
            assertAccessible(page, "home-after-sync");
            // a second flush (online event, timer, page load) must not create it again
            page.evaluate("() => window.dispatchEvent(new Event('online'))");
            page.waitForTimeout(500);

            // opens the synced draft, submits it and shares it with the practice assessor for sign-off
            drafts.getByText("Medicines round with no signal").click();
            page.waitForURL("**/learner/reflections/**");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#state")).hasText("Submitted");
            page.getByLabel("Sign-off").check();
            page.locator("#share-form button[type=submit]").click();
            PlaywrightAssertions.assertThat(page.locator("#people-error")).isVisible();
            page.locator("input[name=person][value='" + on.assessor().id() + "']")
                    .check();
            page.locator("#share-form button[type=submit]").click();
            PlaywrightAssertions.assertThat(page.locator("#state")).hasText("Shared");
            PlaywrightAssertions.assertThat(page.locator("#shared")).containsText("For sign-off");
            assertAccessible(page, "reflection-shared");
            assertThat(db().count(
                                    "SELECT count(*) FROM reflection_share s JOIN reflection r ON r.id = s.reflection_id"
                                            + " WHERE r.learner_id = ? AND s.supervisor_id = ? AND s.purpose = 'SIGN_OFF'",
                                    on.learner().id(),
                                    on.assessor().id()))
                    .isEqualTo(1);
            page.navigate("/learner");

            // signs out: the token leaves the tab, and the sign-in page says so instead of signing in again
            page.locator("#sign-out").click();
            PlaywrightAssertions.assertThat(page.getByText("You have signed out."))
                    .isVisible();
            assertThat(page.evaluate("() => sessionStorage.getItem('pare.token')"))
                    .isNull();
            assertAccessible(page, "signed-out");
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
}
