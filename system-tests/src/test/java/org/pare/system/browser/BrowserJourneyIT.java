package org.pare.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.testing.browser.RealBrowser.assertAccessible;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.system.harness.PareSystem;
import org.pare.system.journey.JourneyCohort;
import org.pare.testing.browser.RealBrowser;
import org.pare.testing.browser.RealBrowserExtension;

/**
 * The same system through a browser, across services: on a phone the learner signs in, captures a reflection with
 * no signal and sees it sent once the signal returns, shares it for sign-off and shows a feedback code; on another
 * phone the supervisor redeems the code, gives feedback and signs the reflection off (its text read from
 * learner-service by supervisor-service's page); the learner sees it signed off; on a desktop the education lead
 * reads the dashboard with the learner's request for contact among the flags. Axe scans every page; screenshots
 * are kept under target/screenshots.
 */
@ExtendWith(RealBrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyIT {
    private static final String TITLE = "Medicines round with no signal";
    private final PareSystem system = PareSystem.get();
    private final JourneyCohort cohort = JourneyCohort.allocated(system, LocalDate.now());
    private RealBrowser browser;

    @BeforeAll
    void everyServiceReadyForSignIn() {
        SignInReady.awaitEveryService(system);
    }

    @Test
    void a_reflection_captured_offline_is_synced_signed_off_by_code_and_the_lead_reads_the_dashboard() {
        try (BrowserContext learnerPhone = browser.phone(system.learner().url());
                BrowserContext supervisorPhone =
                        browser.phone(system.supervisor().url());
                BrowserContext leadDesktop = browser.desktop(system.evaluation().url())) {
            Page learner = learnerPhone.newPage();
            LearnerPhone.signInAndCheckIn(learner, cohort);
            LearnerPhone.captureOfflineThenSync(learnerPhone, learner, TITLE);
            LearnerPhone.shareForSignOff(learner, TITLE, cohort.supervisorId());
            String code = LearnerPhone.showFeedbackCode(
                    learner, cohort, system.supervisor().url());

            Page supervisor = supervisorPhone.newPage();
            RealBrowser.signIn(
                    supervisor,
                    "/supervisor",
                    cohort.people().supervisor().login(),
                    roles("PRACTICE_SUPERVISOR", null));
            SupervisorPhone.giveFeedbackByCode(supervisor, code, cohort.learnerName());
            SupervisorPhone.signOff(supervisor, cohort.learnerName(), TITLE);

            learner.navigate(system.learner().url() + "/learner");
            Reload.untilVisible(
                    learner, p -> p.locator("[data-state=SIGNED_OFF]").getByText(TITLE));
            assertAccessible(learner, "journey-learner-signed-off");

            Page lead = leadDesktop.newPage();
            RealBrowser.signIn(
                    lead, "/dashboard", cohort.people().lead().login(), roles("EDUCATION_LEAD", cohort.trust()));
            Reload.untilVisible(lead, p -> p.locator("#flags").getByText("CONTACT_REQUESTED"));
            PlaywrightAssertions.assertThat(lead.locator("#status")).containsText("Showing ");
            assertAccessible(lead, "journey-lead-dashboard");
        }
        assertThat(cohort.reflectionsTitled(TITLE))
                .as("captured offline, sent exactly once")
                .isEqualTo(1);
    }

    static String roles(String role, Object organisation) {
        return organisation == null
                ? "{\"roles\": [\"" + role + "\"]}"
                : "{\"roles\": [\"" + role + "\"], \"org\": \"" + organisation + "\"}";
    }

    static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }
}
