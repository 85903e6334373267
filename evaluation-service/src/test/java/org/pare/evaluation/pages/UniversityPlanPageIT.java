package org.pare.evaluation.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Events;
import org.pare.evaluation.testing.Fixtures;
import org.pare.messaging.EventEnvelope;
import org.pare.testing.OidcProvider;
import org.pare.testing.browser.RealBrowser;
import org.pare.testing.browser.RealBrowserExtension;

/** A university's placement office agrees and comments on an area's action plan on a phone, in a real browser. */
@ExtendWith(RealBrowserExtension.class)
@MicronautTest(transactional = false)
class UniversityPlanPageIT extends EvaluationTestSupport {
    private static final String PATH = "/evaluation/university";
    private final Fixtures.Area area =
            Fixtures.anArea("Ward Plan " + UUID.randomUUID().toString().substring(0, 6));
    private final Fixtures.Area elsewhere =
            Fixtures.anArea("Ward Other " + UUID.randomUUID().toString().substring(0, 6));
    private final UUID university = UUID.randomUUID();
    private final UUID otherUniversity = UUID.randomUUID();
    private RealBrowser browser;

    @BeforeAll
    void learnersOfTwoUniversities() {
        placed(area, university);
        placed(elsewhere, otherUniversity);
    }

    @Test
    void
            given_an_areas_plan_when_the_office_agrees_one_action_and_comments_on_another_then_the_page_and_the_api_say_so() {
        String late =
                created("Name a supervisor for each shift", LocalDate.now().minusDays(3), "IN_PROGRESS");
        String planned =
                created("Run a monthly teaching session", LocalDate.now().plusDays(30), "PLANNED");
        String changed = created("Open a quiet study room", LocalDate.now().plusDays(60), "PLANNED");
        api().send(
                        "POST",
                        "/api/university/actions/" + changed + "/agreement",
                        office(university),
                        "{\"decision\": \"AGREED\"}");
        api().send(
                        "PUT",
                        "/api/actions/" + changed,
                        lead(),
                        body("Open a quiet study room", LocalDate.now().plusDays(90), "IN_PROGRESS"));

        try (BrowserContext context = browser.phone(server.getURI().toString())) {
            Page page = context.newPage();
            signInAsOffice(page, university);
            PlaywrightAssertions.assertThat(
                            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(area.name())))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.locator("#areas")).not().containsText(elsewhere.name());
            Locator lateRow = row(page, late);
            PlaywrightAssertions.assertThat(lateRow).containsText("Overdue");
            PlaywrightAssertions.assertThat(lateRow).containsText("You said the shifts felt unsupervised");
            PlaywrightAssertions.assertThat(lateRow).containsText("Supervision");
            PlaywrightAssertions.assertThat(lateRow).containsText("Not yet agreed");
            PlaywrightAssertions.assertThat(row(page, planned)).not().containsText("Overdue");
            PlaywrightAssertions.assertThat(row(page, changed)).containsText("Changed since agreement");
            PlaywrightAssertions.assertThat(page.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("the placement allocations you upload")))
                    .hasAttribute("href", Pattern.compile("^https?://[^/]+/admin/allocations$"));
            RealBrowser.assertAccessible(page, "university-plan");

            // a comment needs words: explained next to the action, nothing sent
            button(page, planned, "Comment").click();
            PlaywrightAssertions.assertThat(row(page, planned).locator(".nhsuk-error-message"))
                    .containsText("Enter a comment");
            RealBrowser.assertAccessible(page, "university-plan-error");

            // the API's refusal (problem+json detail) is shown next to the action it is about
            row(page, planned).getByLabel("Comment").fill("Please add\u0007 a second session");
            button(page, planned, "Comment").click();
            PlaywrightAssertions.assertThat(row(page, planned).locator(".nhsuk-error-message"))
                    .containsText("control characters");

            row(page, planned).getByLabel("Comment").fill("Please add an evening session for night shifts");
            button(page, planned, "Comment").click();
            PlaywrightAssertions.assertThat(row(page, planned)).containsText("Commented by office-" + university);
            PlaywrightAssertions.assertThat(row(page, planned))
                    .containsText("Comment: Please add an evening session for night shifts");
            PlaywrightAssertions.assertThat(page.locator("#state-" + planned)).isFocused();
            PlaywrightAssertions.assertThat(page.locator("#status"))
                    .hasText("Comment saved: Run a monthly teaching session");

            button(page, late, "Agree").click();
            PlaywrightAssertions.assertThat(row(page, late)).containsText("Agreed by office-" + university);
            PlaywrightAssertions.assertThat(page.locator("#status"))
                    .containsText("Agreed: Name a supervisor for each shift");
            PlaywrightAssertions.assertThat(page.locator("#state-" + late)).isFocused();
            RealBrowser.assertAccessible(page, "university-plan-agreed");

            page.reload();
            PlaywrightAssertions.assertThat(row(page, late)).containsText("Agreed by office-" + university);
        }
        try (BrowserContext context = browser.desktop(server.getURI().toString())) {
            Page page = context.newPage();
            signInAsOffice(page, university);
            PlaywrightAssertions.assertThat(row(page, planned)).containsText("Commented by office-" + university);
            RealBrowser.assertAccessible(page, "university-plan-desktop");
        }
        assertThat(db().column("SELECT decision FROM area_action_agreement WHERE action_id = ?::uuid", late))
                .containsExactly("AGREED");
        assertThat(db().column("SELECT comment FROM area_action_agreement WHERE action_id = ?::uuid", planned))
                .containsExactly("Please add an evening session for night shifts");
        var plan = api().list(api().get("/api/university/areas/" + area.areaId() + "/actions", office(university)));
        assertThat(wordOn(plan, late)).containsEntry("decision", "AGREED").containsEntry("beforeLastChange", false);
        assertThat(wordOn(plan, planned)).containsEntry("decision", "COMMENTED");
    }

    @Test
    void given_an_office_of_another_university_when_it_opens_the_page_then_it_sees_only_its_own_areas() {
        created("Name a supervisor for each shift", LocalDate.now().plusDays(10), "PLANNED");
        try (BrowserContext context = browser.phone(server.getURI().toString())) {
            Page page = context.newPage();
            signInAsOffice(page, otherUniversity);
            PlaywrightAssertions.assertThat(
                            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(elsewhere.name())))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.getByText("No actions planned for this area yet."))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.locator("#areas")).not().containsText(area.name());
            PlaywrightAssertions.assertThat(page.locator("#areas")).not().containsText("Name a supervisor");
        }
    }

    @Test
    void given_a_person_without_the_placement_office_role_when_they_open_the_page_then_they_are_refused() {
        created("Name a supervisor for each shift", LocalDate.now().plusDays(10), "PLANNED");
        try (BrowserContext context = browser.phone(server.getURI().toString())) {
            Page page = context.newPage();
            RealBrowser.signIn(
                    page,
                    PATH,
                    "lead-" + area.trustId(),
                    "{\"roles\": [\"EDUCATION_LEAD\"], \"org\": \"" + area.trustId() + "\"}");
            PlaywrightAssertions.assertThat(page.locator("#status"))
                    .hasText("This page is for your university's placement office.");
            PlaywrightAssertions.assertThat(page.locator("#areas")).isEmpty();
            PlaywrightAssertions.assertThat(page.locator("#allocations-link-wrap"))
                    .isHidden();
            RealBrowser.assertAccessible(page, "university-plan-refused");
        }
    }

    private static void signInAsOffice(Page page, UUID which) {
        RealBrowser.signIn(
                page, PATH, "office-" + which, "{\"roles\": [\"PLACEMENT_ADMIN\"], \"org\": \"" + which + "\"}");
    }

    private static Locator row(Page page, String actionId) {
        return page.locator("li[data-id='" + actionId + "']");
    }

    private static Locator button(Page page, String actionId, String name) {
        return row(page, actionId).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }

    private String created(String description, LocalDate dueOn, String status) {
        var created = api().send(
                        "POST", "/api/areas/" + area.areaId() + "/actions", lead(), body(description, dueOn, status));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (String) api().body(created).get("id");
    }

    private static String body(String description, LocalDate dueOn, String status) {
        return "{\"owner\": \"lead.p@trust.example\", \"dueOn\": \"" + dueOn + "\", \"status\": \"" + status
                + "\", \"themes\": [\"supervision\"], \"description\": \"" + description
                + "\", \"youSaidWeDid\": \"You said the shifts felt unsupervised; we name a supervisor per shift\"}";
    }

    private String lead() {
        return Fixtures.leadToken(area.trustId());
    }

    private static String office(UUID which) {
        return OidcProvider.get().tokens().forRole("PLACEMENT_ADMIN", "office-" + which, which);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> wordOn(List<Map<String, Object>> plan, String actionId) {
        var action = plan.stream()
                .filter(a -> actionId.equals(a.get("id")))
                .findFirst()
                .orElseThrow();
        return ((List<Map<String, Object>>) action.get("agreements")).get(0);
    }

    private void placed(Fixtures.Area where, UUID by) {
        var p = Fixtures.aPlacement(where, LocalDate.now().plusWeeks(2));
        Events.produce(fixtures().allocated(p, by).toArray(EventEnvelope[]::new));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db().count("SELECT count(*) FROM placement WHERE id = ?", p.placementId()) == 1);
    }
}
