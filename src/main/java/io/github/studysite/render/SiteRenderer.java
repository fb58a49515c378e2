package io.github.studysite.render;

import io.github.studysite.config.SiteSettings;
import io.github.studysite.address.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a page: its body template, then {@code layout.mustache} around it with the navigation, the UI strings and
 * links made relative to the page's depth. Every page of the site goes through here, so that every page has the same
 * frame, language attribute and canonical link.
 */
public final class SiteRenderer {

    /** Top-level sections in navigation order: message key and page path. */
    private final List<String[]> sections = new ArrayList<>();
    /** Links in the footer: message key and page path. */
    private final List<String[]> footer = new ArrayList<>();

    private final Templates templates;
    private final Messages messages;
    private final SiteSettings settings;
    private final Urls urls;
    private final Language language;
    private final List<Language> languages;

    /**
     * @param messages  the interface strings of {@code language}
     * @param language  the interface language this renderer renders
     * @param languages every interface language of the site, for the switcher and {@code hreflang} links
     */
    public SiteRenderer(Templates templates, Messages messages, SiteSettings settings, Urls urls, Language language,
                        List<Language> languages) {
        this.templates = templates;
        this.messages = messages;
        this.settings = settings;
        this.urls = urls;
        this.language = language;
        this.languages = List.copyOf(languages);
    }

    /** Adds a section to the navigation bar, in order. */
    public SiteRenderer section(String messageKey, String pagePath) {
        sections.add(new String[] {messageKey, pagePath});
        return this;
    }

    /** Adds a link to the footer, in order. */
    public SiteRenderer footerLink(String messageKey, String pagePath) {
        footer.add(new String[] {messageKey, pagePath});
        return this;
    }

    public String render(PageSpec spec) {
        return render(spec, Urls.root(spec.path()), Urls.root(language.prefix() + spec.path()));
    }

    /**
     * Renders with explicit roots: the 404 page is served at any depth, so it links from the base URL
     * ({@code /repo/}) rather than relatively.
     *
     * @param root     prefix leading to this language's home
     * @param siteRoot prefix leading to the output root (shared assets)
     */
    public String render(PageSpec spec, String root, String siteRoot) {
        Map<String, String> t = messages.asMap();
        Map<String, Object> pageScope = Map.of("root", root, "siteRoot", siteRoot, "t", t, "uiLang",
                language.code());
        String body = templates.render(spec.template(), pageScope, spec.view());
        List<NavItem> nav = new ArrayList<>();
        for (String[] section : sections) {
            String target = section[1];
            String dir = target.substring(0, target.length() - "index.html".length());
            boolean current = spec.path().equals(target) || (!dir.isEmpty() && spec.path().startsWith(dir));
            nav.add(new NavItem(messages.get(section[0]), href(root, target), current));
        }
        String canonical = settings.siteUrl().isEmpty() ? ""
                : settings.absoluteRoot() + Urls.canonicalPath(language.prefix() + spec.path());
        List<LanguageLink> versions = new ArrayList<>();
        for (Language other : languages) {
            String path = other.prefix() + spec.path();
            String href = settings.siteUrl().isEmpty() ? siteRoot + urls.display(path)
                    : settings.absoluteRoot() + Urls.canonicalPath(path);
            versions.add(new LanguageLink(other.code(), messages.get("language_" + other.code()),
                    href.isEmpty() ? "./" : href, other.equals(language)));
        }
        List<NavItem> footerLinks = new ArrayList<>();
        for (String[] link : footer) {
            footerLinks.add(new NavItem(messages.get(link[0]), href(root, link[1]), spec.path().equals(link[1])));
        }
        PageFrame frame = new PageFrame(root, siteRoot, href(root, "index.html"), settings.title(), settings.lang(),
                t, spec.lang(), spec.title(), spec.kind(), spec.description(), canonical, nav, body, language.code(),
                versions, footerLinks);
        return templates.render("layout", frame);
    }

    public Language language() {
        return language;
    }

    private String href(String root, String target) {
        String href = root + urls.display(target);
        return href.isEmpty() ? "./" : href;
    }

    public Urls urls() {
        return urls;
    }

    public Messages messages() {
        return messages;
    }

    public Templates templates() {
        return templates;
    }

    public SiteSettings settings() {
        return settings;
    }
}
