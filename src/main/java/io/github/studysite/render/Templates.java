package io.github.studysite.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles and runs the theme's Mustache templates. One instance per build: mustache.java caches compiled templates
 * for the factory's lifetime, so a fresh instance is what makes edited templates show up on the next build (preview).
 * Compiled templates are thread-safe and shared by the render threads.
 */
public final class Templates {

    public static final String EXTENSION = ".mustache";

    private final TemplateResolver resolver;
    private final DefaultMustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();
    private static final int MAX_PRESIZE = 256 * 1024;

    public Templates(TemplateResolver resolver) {
        this.resolver = resolver;
        this.factory = new DefaultMustacheFactory(resolver) {
            @Override
            public void encode(String value, java.io.Writer writer) {
                HtmlEscape.escape(value, writer);
            }
        };
    }

    /** Whether the theme has a template of this name (without extension). */
    public boolean has(String name) {
        return resolver.exists(name + EXTENSION);
    }

    /**
     * Renders template {@code name} (without extension); names are looked up in the last scope first.
     *
     * @throws TemplateException when the template is missing or broken, naming the template
     */
    public String render(String name, Object... scopes) {
        Mustache mustache = compiled.computeIfAbsent(name, this::compile);
        // sized like this template's last page (capped): growing the buffer from a few kilobytes cost more than
        // rendering, but the layout wraps pages of every size, and sizing by the largest would allocate megabytes
        // for every small page
        int size = Math.min(sizes.getOrDefault(name, 8192), MAX_PRESIZE);
        BuilderWriter out = new BuilderWriter(size + size / 8);
        try {
            mustache.execute(out, java.util.Arrays.asList(scopes));
        } catch (MustacheException e) {
            throw new TemplateException(name + EXTENSION, e.getMessage(), e);
        }
        sizes.put(name, out.length());
        return out.toString();
    }

    private Mustache compile(String name) {
        if (!has(name)) {
            throw new TemplateException(name + EXTENSION, "template not found in "
                    + (resolver.userDir() == null ? "" : resolver.userDir() + " or ") + "the built-in theme", null);
        }
        try {
            return factory.compile(name + EXTENSION);
        } catch (MustacheException e) {
            throw new TemplateException(name + EXTENSION, e.getMessage(), e);
        }
    }

    public TemplateResolver resolver() {
        return resolver;
    }

    /** A template that cannot be found, compiled or run; reported as a build problem against the template file. */
    public static final class TemplateException extends RuntimeException {
        private final String template;

        TemplateException(String template, String message, Throwable cause) {
            super(template + ": " + message, cause);
            this.template = template;
        }

        public String template() {
            return template;
        }
    }
}
