package org.pare.learner.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.learner.support.Api;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;
import org.pare.testing.browser.RealBrowser;
import org.pare.testing.browser.RealBrowserExtension;

/** Markup a learner types into a reflection is kept as text and shown as text, never run by the page. */
@ExtendWith(RealBrowserExtension.class)
@MicronautTest
class ReflectionMarkupIT extends LearnerApiSupport {
    static final String TITLE = "<img src=x onerror=\"window.pwned='title'\">Night shift";
    static final String ANSWER = "<script>window.pwned='answer'</script><b id=injected>bold</b>";

    private RealBrowser browser;

    @Test
    void html_in_a_reflections_title_and_answers_is_stored_as_typed_and_shown_as_text_on_the_learners_pages() {
        // given a reflection whose title and answer are markup
        var on = Fixtures.aLearnerOnPlacement(db());
        String body = "{\"title\": %s, \"date\": \"2026-11-20\", \"answers\": {\"what-happened\": %s}}"
                .formatted(quoted(TITLE), quoted(ANSWER));
        var created = api().send("POST", "/api/reflections", Api.tokenFor(on.learner()), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = (String) api().body(created).get("id");
        assertThat(db().count("SELECT count(*) FROM reflection WHERE id = ?::uuid AND title = ?", id, TITLE))
                .isEqualTo(1);

        try (BrowserContext context = browser.phone(server.getURI().toString())) {
            // signed in as LearnerPagesIT proves; here the tab simply holds the learner's token
            context.addInitScript("sessionStorage.setItem('pare.token', '" + Api.tokenFor(on.learner()) + "')");
            Page page = context.newPage();
            page.navigate("/learner");

            // when the learner sees it in their list, then opens it
            PlaywrightAssertions.assertThat(page.getByText(TITLE)).isVisible();
            assertNothingInjected(page);
            page.getByText(TITLE).click();
            page.waitForURL("**/learner/reflections/" + id);

            // then the markup shows literally and no element or script came from it
            PlaywrightAssertions.assertThat(page.locator("#title")).hasText(TITLE);
            PlaywrightAssertions.assertThat(page.locator("#answers")).containsText(ANSWER);
            assertNothingInjected(page);
            RealBrowser.assertAccessible(page, "reflection-with-markup");
        }
    }

    static void assertNothingInjected(Page page) {
        assertThat(page.locator("img[src=x]").count()).isZero();
        assertThat(page.locator("#injected").count()).isZero();
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
