package io.github.studysite.render;

import io.github.studysite.Fixtures;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateResolverTest {

    @TempDir
    Path dir;

    @Test
    void userTemplatesWinOverBuiltIns() throws IOException {
        Fixtures.write(dir, "404.mustache", "custom {{t.notfound_title}}");
        Templates templates = new Templates(new TemplateResolver(dir));
        String out = templates.render("404", Map.of("t", Map.of("notfound_title", "x")));
        assertThat(out).isEqualTo("custom x");
    }

    @Test
    void builtInsFillTheRest() {
        Templates templates = new Templates(new TemplateResolver(dir));
        assertThat(templates.has("layout")).isTrue();
        assertThat(templates.has("nope")).isFalse();
    }

    @Test
    void namesCannotLeaveTheFolder() {
        TemplateResolver resolver = new TemplateResolver(dir.resolve("templates"));
        assertThat(resolver.userFile("../../etc/passwd")).isEmpty();
        assertThat(TemplateResolver.clean("a/../../b")).isNull();
    }

    @Test
    void linksOutOfTheFolderAreNotFollowedButTheFolderItselfMayBeALink() throws IOException {
        Path outside = dir.resolve("outside");
        Fixtures.write(outside, "evil.mustache", "EVIL");
        Path templates = java.nio.file.Files.createDirectories(dir.resolve("real-templates"));
        Fixtures.write(templates, "mine.mustache", "MINE");
        java.nio.file.Files.createSymbolicLink(templates.resolve("partials"), outside);
        java.nio.file.Files.createSymbolicLink(templates.resolve("note.mustache"), outside.resolve("evil.mustache"));
        Path linkedFolder = java.nio.file.Files.createSymbolicLink(dir.resolve("templates"), templates);
        TemplateResolver resolver = new TemplateResolver(linkedFolder);
        assertThat(resolver.userFile("partials/evil.mustache")).isEmpty();
        assertThat(resolver.userFile("note.mustache")).isEmpty();
        assertThat(resolver.userFile("mine.mustache")).isPresent();
        assertThat(new Templates(resolver).render("note", Map.of())).doesNotContain("EVIL");
    }

    @Test
    void messagesOverlayUserKeysOnBuiltIns() throws IOException {
        Fixtures.write(dir, "i18n/ko.yml", "nav_notes: \"내 노트\"\n");
        Messages messages = Messages.load(new TemplateResolver(dir), "ko", new Problems());
        assertThat(messages.get("nav_notes")).isEqualTo("내 노트");
        assertThat(messages.get("nav_home")).isEqualTo("홈");
        assertThat(messages.get("no_such_key")).isEqualTo("no_such_key");
    }

    @Test
    void themeAssetsAreListedFromBothThemes() throws IOException {
        Fixtures.write(dir, "assets/extra.css", "x");
        assertThat(ThemeFiles.list(new TemplateResolver(dir), "assets/"))
                .contains("assets/style.css", "assets/site.js", "assets/extra.css");
    }
}
