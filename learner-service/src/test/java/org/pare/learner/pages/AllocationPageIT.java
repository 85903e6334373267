package org.pare.learner.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.testing.browser.RealBrowser.assertAccessible;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.learner.support.LearnerApiSupport;
import org.pare.testing.browser.RealBrowser;
import org.pare.testing.browser.RealBrowserExtension;

/** The placement office uploads allocations in a real browser: a bad file is refused line by line, a good one saved. */
@ExtendWith(RealBrowserExtension.class)
@MicronautTest
class AllocationPageIT extends LearnerApiSupport {
    private RealBrowser browser;

    @Test
    void an_admin_sees_every_bad_line_saves_nothing_then_uploads_the_corrected_file() throws IOException {
        String university = UUID.randomUUID().toString();
        String good = example();
        // the second row's dates swapped: end before start
        String bad = good.replace("05/01/2026,27/03/2026", "27/03/2026,05/01/2026");
        try (BrowserContext context = browser.desktop(server.getURI().toString())) {
            Page page = context.newPage();
            RealBrowser.signIn(
                    page,
                    "/admin/allocations",
                    "admin-" + university,
                    "{\"roles\": [\"PLACEMENT_ADMIN\"], \"org\": \"" + university + "\"}");
            PlaywrightAssertions.assertThat(page.getByText("No uploads yet.")).isVisible();
            PlaywrightAssertions.assertThat(page.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("the area action plans page")))
                    .hasAttribute("href", Pattern.compile("^https?://[^/]+/evaluation/university$"));
            assertAccessible(page, "allocations-empty");

            // a file with a bad row: every problem listed with its line, nothing saved
            page.getByLabel("Allocation file (CSV)").setInputFiles(csv("bad.csv", bad));
            page.getByText("Upload and check").click();
            PlaywrightAssertions.assertThat(page.locator("#problem-list li").first())
                    .containsText("Line 3");
            assertAccessible(page, "allocations-refused");
            assertThat(db().count("SELECT count(*) FROM allocation_upload WHERE university_id = ?::uuid", university))
                    .isZero();

            // the corrected file: saved and summarised, and listed among the uploads
            page.getByLabel("Allocation file (CSV)").setInputFiles(csv("good.csv", good));
            page.getByText("Upload and check").click();
            PlaywrightAssertions.assertThat(page.getByText("Upload saved")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#result-list")).containsText("New placements");
            PlaywrightAssertions.assertThat(page.locator("#uploads tr")).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator("#problems")).isHidden();
            assertAccessible(page, "allocations-saved");
        }
        assertThat(db().count("SELECT count(*) FROM allocation_upload WHERE university_id = ?::uuid", university))
                .isEqualTo(1);
    }

    @Test
    void a_learner_who_opens_the_page_is_told_it_is_not_for_them_and_sees_no_uploads() {
        try (BrowserContext context = browser.phone(server.getURI().toString())) {
            Page page = context.newPage();
            RealBrowser.signIn(
                    page, "/admin/allocations", "learner-" + UUID.randomUUID(), "{\"roles\": [\"LEARNER\"]}");

            PlaywrightAssertions.assertThat(page.getByText("This page is for your university's placement office."))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.locator("#uploads tr")).hasCount(0);
        }
    }

    private static FilePayload csv(String name, String content) {
        return new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String example() throws IOException {
        try (InputStream in = AllocationPageIT.class.getResourceAsStream("/allocations/example-allocations.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
