package org.pare.supervisor.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.supervisor.support.Api.tokenFor;
import static org.pare.testing.browser.RealBrowser.assertAccessible;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.learner.events.ReflectionShared.Purpose;
import org.pare.supervisor.support.Fixtures;
import org.pare.supervisor.support.SupervisorApiSupport;
import org.pare.testing.browser.RealBrowser;
import org.pare.testing.browser.RealBrowserExtension;

/**
 * The practice assessor's follow-up on a phone: countersigning a supervisor's sign-off in one tap, recording an
 * overdue interview, reviewing and closing a concern; then the learner confirms the interview. Axe scans each page.
 */
@ExtendWith(RealBrowserExtension.class)
@MicronautTest(transactional = false)
class FollowUpPagesIT extends SupervisorApiSupport {
    private RealBrowser browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("pare.sign-off.countersign-professions", "NURSING");
        return properties;
    }

    private BrowserContext phoneOf(String token) {
        BrowserContext context = browser.phone(server.getURI().toString());
        context.addInitScript("sessionStorage.setItem('pare.token', '" + token + "')");
        return context;
    }

    @Test
    void the_assessor_countersigns_records_an_overdue_interview_and_follows_up_a_concern_and_the_learner_confirms() {
        var on = Fixtures.aLearnerOnPlacement(
                db(), LocalDate.now().minusDays(20), LocalDate.now().plusDays(20));
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.supervisor());
        String ps = tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR");
        api().send("POST", "/api/shared-reflections/" + reflection + "/sign-off", ps, null);
        var concern = api().body(api().send(
                        "POST",
                        "/api/concerns",
                        ps,
                        """
                {"learnerId": "%s", "category": "WELLBEING", "description": "Tearful after shifts",
                 "actions": "Weekly check-in", "supportOffered": "Occupational health", "reviewOn": "%s"}"""
                                .formatted(on.learner().id(), LocalDate.now().plusDays(3))));
        String learnerName = on.learner().name();

        try (BrowserContext assessorPhone = phoneOf(tokenFor(on.assessor(), "PRACTICE_ASSESSOR"));
                BrowserContext learnerPhone = phoneOf(tokenFor(on.learner(), "LEARNER"))) {
            Page page = assessorPhone.newPage();
            page.navigate("/supervisor");
            assertThat(page.getByText("Initial interview with " + learnerName)).isVisible();
            assertThat(page.getByText("Overdue").first()).isVisible();
            assertThat(page.getByText("Wellbeing concern about " + learnerName)).isVisible();
            assertAccessible(page, "followup-home");

            // countersign in one tap
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Countersign " + learnerName + "'s sign-off by "
                                            + on.supervisor().name()))
                    .click();
            assertThat(page.getByText("Countersigned", new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(db().count(
                                    "SELECT count(*) FROM sign_off WHERE reflection_id = ? AND countersigned_by = ?",
                                    reflection,
                                    on.assessor().id()))
                    .isEqualTo(1);

            // record the overdue initial interview
            page.getByText("Initial interview with " + learnerName).click();
            page.waitForURL("**/supervisor/interviews/*");
            assertThat(page.getByText("(overdue)", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertAccessible(page, "interview");
            page.getByLabel("Notes").fill("Settled in well; confident with observations");
            page.getByLabel("Goals agreed").fill("Lead a handover by week 3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record interview"))
                    .click();
            assertThat(page.getByText("Interview recorded.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.getByText("Waiting for the learner to confirm")).isVisible();
            assertThat(db().count(
                                    "SELECT count(*) FROM interview WHERE placement_id = ? AND kind = 'INITIAL'"
                                            + " AND goals = 'Lead a handover by week 3' AND completed_at IS NOT NULL",
                                    on.placementId()))
                    .isEqualTo(1);

            // follow up the concern from the navigation
            page.navigate("/supervisor");
            page.getByRole(AriaRole.NAVIGATION)
                    .getByRole(
                            AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Concerns"))
                    .click();
            page.waitForURL("**/supervisor/concerns");
            assertAccessible(page, "concerns");
            page.getByText("Wellbeing concern about " + learnerName).click();
            page.waitForURL("**/supervisor/concerns/" + concern.get("concernId"));
            assertThat(page.getByText("Tearful after shifts")).isVisible();
            assertAccessible(page, "concern-detail");
            page.getByLabel("How things are going").fill("Sleeping better, still anxious before nights");
            page.getByLabel("Actions agreed from now").fill("Check-in after each night shift");
            page.getByLabel("Next review date")
                    .fill(LocalDate.now().plusDays(10).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save review"))
                    .click();
            assertThat(page.getByText("Review saved.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.getByText("Sleeping better, still anxious before nights"))
                    .isVisible();
            assertThat(db().count(
                                    "SELECT count(*) FROM concern WHERE id = ?::uuid AND actions = 'Check-in after each night shift'"
                                            + " AND review_on = ?",
                                    concern.get("concernId"),
                                    LocalDate.now().plusDays(10)))
                    .isEqualTo(1);
            page.getByLabel("Resolved").check();
            page.getByLabel("Outcome notes").fill("Back to usual self");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close concern"))
                    .click();
            assertThat(page.getByText("Concern closed with its outcome.")).isVisible();
            assertThat(page.locator("#review-form")).isHidden();
            assertThat(db().column("SELECT outcome FROM concern WHERE id = ?::uuid", concern.get("concernId")))
                    .containsExactly("RESOLVED");

            // the learner confirms, reaching the page from the feedback-code page
            Page learner = learnerPhone.newPage();
            learner.navigate("/feedback-code");
            learner.getByText("Your interviews with your practice assessor").click();
            learner.waitForURL("**/interviews");
            assertThat(learner.getByText("Lead a handover by week 3")).isVisible();
            assertAccessible(learner, "learner-interviews");
            learner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm initial interview"))
                    .click();
            assertThat(learner.getByText(
                            "Your initial interview is confirmed.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(db().count(
                                    "SELECT count(*) FROM interview WHERE placement_id = ? AND kind = 'INITIAL'"
                                            + " AND learner_confirmed_at IS NOT NULL",
                                    on.placementId()))
                    .isEqualTo(1);
        }
    }

    @Test
    void another_assessor_opening_an_interview_or_concern_link_is_told_it_is_not_theirs() {
        var on = Fixtures.aLearnerOnPlacement(db());
        var stranger = Fixtures.aLearnerOnPlacement(db()).assessor();
        Object interview = api().list(
                        api().send("GET", "/api/interviews", tokenFor(on.assessor(), "PRACTICE_ASSESSOR"), null))
                .get(0)
                .get("interviewId");

        try (BrowserContext phone = phoneOf(tokenFor(stranger, "PRACTICE_ASSESSOR"));
                BrowserContext desktop = browser.desktop(server.getURI().toString())) {
            Page page = phone.newPage();
            page.navigate("/supervisor/interviews/" + interview);
            assertThat(page.getByText("This interview is not one of yours.")).isVisible();
            assertThat(page.locator("#record-form")).isHidden();
            page.navigate("/supervisor/concerns/" + UUID.randomUUID());
            assertThat(page.getByText("This concern is not one you follow up.")).isVisible();

            desktop.addInitScript(
                    "sessionStorage.setItem('pare.token', '" + tokenFor(on.assessor(), "PRACTICE_ASSESSOR") + "')");
            Page wide = desktop.newPage();
            wide.navigate("/supervisor/concerns");
            assertThat(wide.getByText("No open concerns for you to follow up.")).isVisible();
            assertAccessible(wide, "concerns-desktop");
        }
    }
}
