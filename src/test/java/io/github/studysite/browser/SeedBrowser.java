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

    private final String[] chromiumArguments;
    private Browser browser;

    /** @param chromiumArguments further Chromium flags, beyond the ones {@link Browser} always sets */
    SeedBrowser(String... chromiumArguments) {
        this.chromiumArguments = chromiumArguments;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SeedSite.get();
        browser = Browser.open(1280, 900, chromiumArguments);
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
