package io.github.studysite.browser;

import io.github.studysite.SeedSite;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser open on the shared seed site ({@link SeedSite}) from the file system, for one test class:
 * {@code @RegisterExtension static final SeedBrowser site = new SeedBrowser();}. The tests only read the site.
 */
final class SeedBrowser implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        SeedSite.get();
        browser = Browser.open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }

    /** The {@code file://} URL of a page of the site. */
    String url(String page) {
        return SeedSite.get().resolve(page).toUri().toString();
    }

    Browser browser() {
        return browser;
    }
}
