package org.pare.system.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.function.Function;

/**
 * Pages load their data once; what another service learns through Kafka arrives a moment later. Reloads, as a
 * person would, until the text shows (or fails after about 30 s).
 */
final class Reload {
    private Reload() {}

    static void untilVisible(Page page, Function<Page, Locator> what) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                what.apply(page).first().waitFor(new Locator.WaitForOptions().setTimeout(3_000));
                return;
            } catch (PlaywrightException notYet) {
                page.reload();
            }
        }
        what.apply(page).first().waitFor(new Locator.WaitForOptions().setTimeout(3_000));
    }
}
