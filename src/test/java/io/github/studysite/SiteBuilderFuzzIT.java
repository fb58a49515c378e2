package io.github.studysite;

import io.github.studysite.config.Privacy;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.problem.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds the whole build random bytes and random mixtures of Markdown, YAML and HTML fragments chosen to hit the edges
 * (fixed seeds, so a failure replays). Whatever comes in, {@link SiteBuilder#build()} returns: it never throws, every
 * problem has a location, a successful build has a home page, nothing is written outside the project's output, and
 * no page runs anything a note smuggled in.
 */
class SiteBuilderFuzzIT {

    private static final int ITERATIONS = 200;

    private static final List<String> MARKDOWN = List.of("# ", "## 제목 ", "### 1. 2분 내로 자기소개", "\n", "\n\n",
            "\r\n", "\r", "\t", "    ", "- ", "* ", "1. ", "> ", "> > ", "```\n", "```java\n", "~~~", "`code`", "**",
            "*", "__", "_", "~~", "[link](", ")", "](other.md#x)", "![img](", "images/a.png", "../../../etc/passwd",
            "[ref]: ", "[ref]", "[^1]", "[^1]: note", "| a | b |\n|---|---|\n| 1 | 2 |\n", "- [ ] task", "- [x] done",
            "<details>", "</details>", "<summary>", "<br>", "<kbd>", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">", "javascript:alert(1)",
            "<javascript:alert(1)>", "data:text/html,x", "<!--", "-->", "<!-- private -->", "<!-- /private -->",
            "<!-- omit from toc -->", "<", ">", "&", "&#106;", "&lt;", "\\", "한국어 문장입니다", "**'요구사항'(성능 등)**을",
            "English words here", "010-1234-5678", "me@mail.com", "6100만원", "900101-1234567", "2024-09-30", "50%.png",
            "\uFEFF", "\u202E", "\uD800", "😀", "---", "***", "===", "https://aws.amazon.com", "www.example.com",
            "{{title}}", "{{{x}}}", "%", "%%", "?", "#");

    private static final List<String> YAML = List.of("title: ", "\"quoted\"", "'single'", "[a, b", "]", "{", "}",
            "tags: ", "[Amazon, 취준]", "date: ", "2024-09-30", "2024-13-45", "permalink: ", "/x/", "../../x",
            "C:\\x", "/a\\0b/", "slug: ", "../..", "a/b", "draft: ", "true", "published: ", "false", "private: ",
            "yes", "lang: ", "ko", "breaks: ", "&a ", "*a", "!!java.lang.Runtime", "!!binary", "!custom", "? ", ": ",
            "- ", "  ", "\n", "\t", "#", "|", ">", "null", "~", "0x1F", "1e400", "\"\\u0000\"", "layout: ",
            "../../../etc/passwd", "description: ", "author: ", "<script>alert(1)</script>", "...", "---");

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void anythingGoesInAndTheBuildOnlyEverReportsProblems() throws IOException {
        for (int seed = 0; seed < ITERATIONS; seed++) {
            Random random = new Random(seed);
            Path project = Files.createDirectories(dir.resolve("p" + seed));
            int files = 1 + random.nextInt(4);
            for (int i = 0; i < files; i++) {
                writeRandomFile(random, project.resolve("content"), i);
            }
            if (random.nextInt(5) == 0) {
                Fixtures.write(project, "content/_config.yml", fragments(random, YAML, 12));
            }
            if (random.nextInt(8) == 0) {
                Fixtures.write(project, "content/_data/d.yml", fragments(random, YAML, 12));
            }
            if (random.nextInt(10) == 0) {
                Fixtures.write(project, "templates/note.mustache", fragments(random, List.of("{{title}}", "{{{bodyHtml}}}",
                        "{{#tags}}", "{{/tags}}", "{{> layout}}", "{{", "}}", "<p>", "x"), 5));
            }
            boolean unsafe = random.nextInt(6) == 0;
            SiteConfig config = SiteConfig.builder(project)
                    .strict(random.nextBoolean())
                    .drafts(random.nextInt(4) == 0)
                    .allowUnsafeHtml(unsafe)
                    .privacy(Privacy.values()[random.nextInt(Privacy.values().length)])
                    .build();
            BuildResult result;
            try {
                result = new SiteBuilder(config).build();
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + ": the build threw " + t, t);
            }
            for (Problem problem : result.problems()) {
                assertThat(problem.path()).as("seed %d: %s", seed, problem).isNotEmpty();
                assertThat(problem.message()).as("seed %d", seed).isNotBlank();
            }
            if (result.success()) {
                assertThat(project.resolve("site-output/index.html")).as("seed %d", seed).exists();
                if (!unsafe) {
                    assertNothingRuns(project.resolve("site-output"), seed);
                }
            }
            try (Stream<Path> entries = Files.list(project)) {
                assertThat(entries.map(p -> p.getFileName().toString())).as("seed %d", seed)
                        .allMatch(name -> List.of("content", "templates", "site-output").contains(name));
            }
        }
    }

    /** A note: random bytes, or random fragments (with front matter of random YAML), in a random encoding. */
    private static void writeRandomFile(Random random, Path content, int index) throws IOException {
        String name = List.of("a.md", "b.markdown", "c.txt", "2024-09-30-d.md", "_drafts/e.md", "sub/f.md",
                "g.md", "images/h.png").get(random.nextInt(8));
        Path file = content.resolve(index + "-" + name);
        Files.createDirectories(file.getParent());
        byte[] bytes;
        if (random.nextInt(6) == 0) {
            bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
        } else {
            StringBuilder text = new StringBuilder();
            int frontMatter = random.nextInt(4);
            if (frontMatter == 1) { // well formed, with odd values
                text.append("---\n");
                for (String key : List.of("title", "tags", "permalink", "slug", "date", "draft", "lang")) {
                    if (random.nextBoolean()) {
                        text.append(key).append(": ").append(YAML.get(random.nextInt(YAML.size())).strip()
                                .replace("\n", "")).append('\n');
                    }
                }
                text.append("---\n");
            } else if (frontMatter == 2) { // anything at all
                text.append("---\n").append(fragments(random, YAML, 15));
                if (random.nextInt(8) > 0) {
                    text.append("\n---\n");
                }
            }
            text.append(fragments(random, MARKDOWN, 80));
            if (random.nextInt(20) == 0) {
                text.append("> ".repeat(random.nextInt(300))).append("deep\n");
            }
            if (random.nextInt(30) == 0) {
                text.append('\u0000');
            }
            Charset charset = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                    Charset.forName("x-windows-949")).get(random.nextInt(4));
            bytes = text.toString().getBytes(charset);
        }
        Files.write(file, bytes);
    }

    private static String fragments(Random random, List<String> pieces, int max) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            sb.append(pieces.get(random.nextInt(pieces.size())));
            if (random.nextInt(4) == 0) {
                sb.append(random.nextBoolean() ? "\n" : " ");
            }
        }
        return sb.toString();
    }

    private static void assertNothingRuns(Path site, int seed) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(Fixtures.read(file));
                if (file.getFileName().toString().equals("404.html")) {
                    // the 404 page's own script, which finds the site's root (no note text is on that page)
                    page.select("script#site-root:not([src])").remove();
                }
                // the theme's own scripts, by their paths; nothing a note wrote may run
                assertThat(page.select("script:not([src$=assets/site.js]):not([src$=assets/print.js]):not([src$=assets/theme.js])"
                                + ":not([src$=assets/search.js]):not([src$=/search-index.js])"
                                + ":not([src$=assets/practice.js]):not([src$=/practice-data.js]):not([src$=assets/texts.js])"
                                + ":not([src$=assets/lists.js]):not([src$=stories/data.js]):not([src$=questions/data.js])"
                                + ", iframe, object, embed"))
                        .as("seed %d: %s", seed, file).isEmpty();
                for (Element element : page.getAllElements()) {
                    for (Attribute attribute : element.attributes()) {
                        String key = attribute.getKey();
                        assertThat(key).as("seed %d: %s", seed, element.outerHtml()).doesNotStartWith("on");
                        if (key.equals("href") || key.equals("src")) {
                            assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT))
                                    .as("seed %d: %s", seed, element.outerHtml())
                                    .doesNotStartWith("javascript:").doesNotStartWith("data:text");
                        }
                    }
                }
            }
        }
    }
}
