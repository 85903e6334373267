package org.pare.supervisor.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.learner.events.PersonRegistered;
import org.pare.learner.events.ReflectionShared.Purpose;
import org.pare.supervisor.support.Api;
import org.pare.supervisor.support.Fixtures;
import org.pare.supervisor.support.LearnerEvents;
import org.pare.supervisor.support.SupervisorApiSupport;
import org.pare.testing.browser.RealBrowser;
import org.pare.testing.browser.RealBrowserExtension;

/**
 * Markup in what learners write reaches the supervisor's phone as text: the learner's name (from the allocation
 * upload, through the people directory) and the reflection's title and answers (read from learner-service).
 */
@ExtendWith(RealBrowserExtension.class)
@MicronautTest(transactional = false)
class SupervisorMarkupIT extends SupervisorApiSupport {
    static final String LEARNER_SERVICE = "http://learner.test:8081";
    static final String NAME = "<img src=x onerror=\"window.pwned='name'\">Robin";
    static final String TITLE = "<script>window.pwned='title'</script>Night shift";
    static final String ANSWER = "<b id=injected>bold</b><img src=x onerror=\"window.pwned='answer'\">";

    private RealBrowser browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("pare.links.learner", LEARNER_SERVICE);
        return properties;
    }

    @Test
    void a_learners_name_and_reflection_with_markup_show_as_text_on_the_supervisors_pages() throws Exception {
        // given a learner whose name is markup, who shares a reflection whose text is markup
        var on = learnerNamed(NAME);
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.supervisor());
        String text = json.writeValueAsString(Map.of(
                "id", reflection, "title", TITLE, "answers", Map.of("what-happened", ANSWER), "state", "SHARED"));

        try (BrowserContext phone = browser.phone(server.getURI().toString())) {
            // learner-service's answer, as it would send it, given to the page by the browser
            phone.route(
                    LEARNER_SERVICE + "/api/shared-reflections/**",
                    route -> route.fulfill(new Route.FulfillOptions()
                            .setStatus(200)
                            .setContentType("application/json")
                            .setBody(text)));
            phone.addInitScript("sessionStorage.setItem('pare.token', '"
                    + Api.tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR") + "')");
            Page page = phone.newPage();

            // when the supervisor opens their list, then the reflection
            page.navigate("/supervisor");
            PlaywrightAssertions.assertThat(page.getByText(NAME + " asks for sign-off"))
                    .isVisible();
            assertNothingInjected(page);
            page.getByText(NAME + " asks for sign-off").click();
            page.waitForURL("**/supervisor/reflections/" + reflection);

            // then everything shows literally, and nothing of it became an element or ran
            PlaywrightAssertions.assertThat(page.locator("#about")).containsText(NAME);
            PlaywrightAssertions.assertThat(page.getByText(TITLE)).isVisible();
            PlaywrightAssertions.assertThat(page.getByText(ANSWER)).isVisible();
            assertNothingInjected(page);
            RealBrowser.assertAccessible(page, "supervisor-reflection-with-markup");
        }
    }

    private static void assertNothingInjected(Page page) {
        assertThat(page.locator("img[src=x]").count()).isZero();
        assertThat(page.locator("#injected").count()).isZero();
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    }

    private Fixtures.LearnerOnPlacement learnerNamed(String name) {
        UUID id = UUID.randomUUID();
        var learner = new Fixtures.Person(id, "login-" + id, name);
        LearnerEvents.produce(LearnerEvents.registered(
                new PersonRegistered(id, learner.loginId(), name, id + "@example.org", "NURSING")));
        var supervisor = Fixtures.aPerson(db());
        var assessor = Fixtures.aPerson(db());
        var academic = Fixtures.aPerson(db());
        UUID trust = UUID.randomUUID();
        var allocation = Fixtures.allocation(
                id,
                trust,
                LocalDate.now().minusDays(10),
                LocalDate.now().plusDays(30),
                List.of(supervisor.id()),
                assessor.id(),
                academic.id());
        LearnerEvents.produce(LearnerEvents.allocated(allocation));
        org.awaitility.Awaitility.await()
                .atMost(Fixtures.PATIENCE)
                .until(() -> db().count("SELECT count(*) FROM placement WHERE id = ?", allocation.placementId()) == 1
                        && db().count("SELECT count(*) FROM person WHERE id = ?", id) == 1);
        return new Fixtures.LearnerOnPlacement(
                learner, supervisor, assessor, academic, allocation.placementId(), trust, allocation);
    }
}
