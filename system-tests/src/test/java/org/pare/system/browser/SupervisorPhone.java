package org.pare.system.browser;

import static org.pare.system.browser.BrowserJourneyIT.click;
import static org.pare.testing.browser.RealBrowser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/** What the practice supervisor does on their phone, on supervisor-service's pages. */
final class SupervisorPhone {
    private SupervisorPhone() {}

    static void giveFeedbackByCode(Page page, String code, String learnerName) {
        Reload.untilVisible(page, p -> p.getByText(learnerName + " asks for sign-off"));
        assertAccessible(page, "journey-supervisor-home");
        click(page, "Give feedback");
        page.waitForURL("**/supervisor/feedback");
        page.getByLabel("Learner's code").fill(code);
        click(page, "Find learner");
        PlaywrightAssertions.assertThat(page.getByText("Feedback for " + learnerName))
                .isVisible();
        page.getByLabel("communication").check();
        page.getByLabel("What went well").fill("Double-checked every dose with the chart.");
        page.getByLabel("What to develop").fill("Explain each medicine to the patient as you give it.");
        assertAccessible(page, "journey-supervisor-feedback");
        click(page, "Send feedback");
        PlaywrightAssertions.assertThat(page.getByText("Feedback sent to " + learnerName + "."))
                .isVisible();
    }

    /** The reflection's text comes from learner-service, read by this page with the supervisor's own token. */
    static void signOff(Page page, String learnerName, String title) {
        page.navigate("/supervisor");
        page.getByText(learnerName + " asks for sign-off").click();
        page.waitForURL("**/supervisor/reflections/**");
        PlaywrightAssertions.assertThat(page.getByText("Checked the chart twice before each dose."))
                .isVisible();
        PlaywrightAssertions.assertThat(page.getByText(title).first()).isVisible();
        assertAccessible(page, "journey-supervisor-reflection");
        click(page, "Sign off");
        PlaywrightAssertions.assertThat(page.getByText("The reflection is now locked."))
                .isVisible();
    }
}
