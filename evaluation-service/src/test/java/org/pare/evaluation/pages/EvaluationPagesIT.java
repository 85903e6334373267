package org.pare.evaluation.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Fixtures;
import org.pare.testing.browser.RealBrowser;
import org.pare.testing.browser.RealBrowserExtension;

/** A learner answers an evaluation on a phone, leaving and resuming; a lead reads the dashboard on a desktop. */
@ExtendWith(RealBrowserExtension.class)
@MicronautTest(transactional = false)
class EvaluationPagesIT extends EvaluationTestSupport {
    private RealBrowser browser;
    private final Fixtures.Area area = Fixtures.anArea("Ward 12");

    @Test
    void a_learner_answers_on_a_phone_leaves_half_way_and_sends_it_later() {
        var placement = Fixtures.aPlacement(area, lastMonth());
        UUID invitation = invited(placement);
        try (BrowserContext context = browser.phone(server.getURI().toString())) {
            Page page = context.newPage();
            RealBrowser.signIn(page, "/evaluation", placement.learner().loginId(), "{\"roles\": [\"LEARNER\"]}");
            page.getByText("Evaluate Ward 12").click();
            page.waitForURL("**/evaluation/" + invitation);
            PlaywrightAssertions.assertThat(page.getByText("Step 1 of 9")).isVisible();
            RealBrowser.assertAccessible(page, "evaluation-step-1");

            answerStep(page, "Agree");
            page.getByLabel("Anything you want to say about this? (optional)").fill("A warm welcome");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("Step 2 of 9")).isVisible();
            answerStep(page, "Strongly agree");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("Step 3 of 9")).isVisible();

            // leaves, comes back: the draft was kept on the server
            page.navigate("/evaluation");
            RealBrowser.assertAccessible(page, "evaluation-list");
            page.getByText("Evaluate Ward 12").click();
            PlaywrightAssertions.assertThat(page.getByText("Step 3 of 9")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back"))
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("Step 2 of 9")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();

            // a step left unanswered is explained, not sent
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                    .click();
            PlaywrightAssertions.assertThat(page.getByText("There is a problem"))
                    .isVisible();
            RealBrowser.assertAccessible(page, "evaluation-error");
            for (int step = 3; step <= 9; step++) {
                PlaywrightAssertions.assertThat(page.getByText("Step " + step + " of 9"))
                        .isVisible();
                answerStep(page, step == 5 ? "Not applicable" : "Disagree");
                String button = step == 9 ? "Send evaluation" : "Next";
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                        .click();
            }
            PlaywrightAssertions.assertThat(page.getByText("Thank you, your evaluation has been sent"))
                    .isVisible();
            RealBrowser.assertAccessible(page, "evaluation-sent");
        }
        assertThat(db().column("SELECT state FROM invitation WHERE id = ?", invitation))
                .containsExactly("RETURNED");
        assertThat(db().column("SELECT comments::text FROM response_pool WHERE area_id = ?", area.areaId()))
                .singleElement()
                .asString()
                .contains("A warm welcome");
        assertThat(db().count("SELECT count(*) FROM evaluation_draft WHERE invitation_id = ?", invitation))
                .isZero();
    }

    @Test
    void an_education_lead_reads_the_dashboard_on_a_desktop() {
        List<Fixtures.Placement> placements = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            placements.add(Fixtures.aPlacement(area, lastMonth()));
        }
        invited(placements);
        try (BrowserContext context = browser.desktop(server.getURI().toString())) {
            Page page = context.newPage();
            RealBrowser.signIn(
                    page,
                    "/dashboard",
                    "lead-" + area.trustId(),
                    "{\"roles\": [\"EDUCATION_LEAD\"], \"org\": \"" + area.trustId() + "\"}");
            PlaywrightAssertions.assertThat(page.getByText("Showing ")).isVisible();
            Locator monthly = page.locator("table", new Page.LocatorOptions().setHasText("Return rate by month"));
            PlaywrightAssertions.assertThat(monthly)
                    .containsText(lastMonth().toString().substring(0, 7));
            PlaywrightAssertions.assertThat(page.locator("#rate-chart svg line[stroke-dasharray]"))
                    .hasCount(1);
            PlaywrightAssertions.assertThat(page.locator("#heat-map table")).containsText("Suppressed (fewer than 5)");
            PlaywrightAssertions.assertThat(page.locator("#ranked-rate")).containsText("Ward 12");
            PlaywrightAssertions.assertThat(page.getByText("No overdue actions."))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.locator("#environment"))
                    .containsText("No learners on areas in the bottom share.");
            RealBrowser.assertAccessible(page, "dashboard");
        }
    }

    private static void answerStep(Page page, String label) {
        for (Locator group : page.locator("#items fieldset").all()) {
            group.getByLabel(label, new Locator.GetByLabelOptions().setExact(true))
                    .check();
        }
    }
}
