package io.github.studysite.liquid;

import io.github.studysite.model.Note;
import io.github.studysite.model.Visibility;
import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LiquidTest {

    @TempDir
    Path project;

    private JekyllLiquid liquid() throws IOException {
        Path includes = Files.createDirectories(project.resolve("content/_includes"));
        Files.writeString(includes.resolve("note.html"), "<div class=\"notice\">{{ include.content }}</div>");
        Files.writeString(includes.resolve("odd.html"), "a {% youtube x %} b");
        Files.writeString(includes.resolve("next.html"), "[next]({% post_url 2024-02-01-system-design %})");
        Files.writeString(project.resolve("content/secret.txt"), "secret");
        return new JekyllLiquid(Map.of("title", "Interview Notes", "baseurl", "/blog", "url", "https://ex.io"),
                includes, name -> name.equals("2024-02-01-system-design") ? "/interview/2024/02/01/system-design/"
                : null, path -> path.equals("_posts/2024-01-15-a.md") ? "/a/" : null);
    }

    private static Note note(String path, String body, Map<String, Object> frontMatter) {
        return new Note("content/" + path, path, "a", "Amazon LP", java.time.LocalDate.of(2024, 1, 15), "", "",
                List.of(), List.of("interview"), "", "", "", 1, Visibility.PUBLIC, frontMatter, body);
    }

    private static Note note(String body) {
        return note("_posts/2024-01-15-a.md", "\n\n\n" + body, Map.of("title", "Amazon LP"));
    }

    private static List<String> warnings(Problems problems) {
        return problems.sorted().stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void variablesIncludesAndFiltersRenderAsJekyllRendersThem() throws IOException {
        Problems problems = new Problems();
        JekyllLiquid.Result result = liquid().render(note("{{ site.title }}: {{ page.title }} {{ page.date }}\n"
                + "{% include note.html content=\"Remember STAR\" %}\n"
                + "![d]({{ \"/assets/d.png\" | relative_url }}) {{ site.baseurl }}/x {{ '/y' | absolute_url }}\n"
                + "{% raw %}{{ raw }}{% endraw %}{% comment %}gone{% endcomment %}\n"
                + "{% if page.title %}set{% endif %} {% assign n = 2 %}{{ n | plus: 1 }}\n"), "/a/", problems);
        assertThat(result.body()).isEqualTo("\n\n\nInterview Notes: Amazon LP 2024-01-15\n"
                + "<div class=\"notice\">Remember STAR</div>\n"
                + "![d](/assets/d.png) /x https://ex.io/y\n"
                + "{{ raw }}\n"
                + "set 3\n");
        assertThat(result.sourceLines()).isNull();
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void liquidInCodeStaysAsWrittenAndHighlightBecomesAFence() throws IOException {
        Problems problems = new Problems();
        String body = "```bash\naws --query {{EC2PrivateDNSName}}\n```\n\nInline `{{ kept }}` and {{ page.title }}.\n\n"
                + "    indented {{ also.kept }}\n\n{% highlight java %}\nint x = a[0]; // {{ not.liquid }}\n"
                + "{% endhighlight %}\n";
        JekyllLiquid.Result result = liquid().render(note(body), "/a/", problems);
        assertThat(result.body()).isEqualTo("\n\n\n```bash\naws --query {{EC2PrivateDNSName}}\n```\n\n"
                + "Inline `{{ kept }}` and Amazon LP.\n\n    indented {{ also.kept }}\n\n"
                + "```java\nint x = a[0]; // {{ not.liquid }}\n```\n");
        assertThat(result.sourceLines()).isNull();
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void postUrlAndLinkResolveAndMissingOnesAreWarnedAtTheirLine() throws IOException {
        Problems problems = new Problems();
        JekyllLiquid.Result result = liquid().render(note("[n]({% post_url 2024-02-01-system-design %})\n"
                + "[b]({% link _posts/2024-01-15-a.md %})\n[m]({% post_url 2023-01-01-gone %})\n"), "/a/", problems);
        assertThat(result.body()).isEqualTo("\n\n\n[n](/interview/2024/02/01/system-design/)\n[b](/a/)\n[m]()\n");
        assertThat(warnings(problems)).containsExactly(
                "6: {% post_url 2023-01-01-gone %}: no note has that post name; the link is left empty");
    }

    @Test
    void unknownTagsAreRemovedWithAWarningAndNeverFailTheNote() throws IOException {
        Problems problems = new Problems();
        JekyllLiquid.Result result = liquid().render(note("a {% youtube abc %} b\n{% include odd.html %}\n"
                + "{% include_relative x.md %}\n"), "/a/", problems);
        assertThat(result.body()).isEqualTo("\n\n\na  b\na  b\n\n");
        assertThat(warnings(problems)).containsExactly("4: unknown Liquid tag {% youtube %} removed",
                "6: unknown Liquid tag {% include_relative %} removed (use {% include %} with _includes/)");
        assertThat(problems.sorted()).allMatch(p -> p.severity() == io.github.studysite.problem.Severity.WARNING);
    }

    @Test
    void includedFilesResolveTheirOwnLinks() throws IOException {
        Problems problems = new Problems();
        JekyllLiquid.Result result = liquid().render(note("`code` {% include next.html %}\n"), "/a/", problems);
        assertThat(result.body()).isEqualTo("\n\n\n`code` [next](/interview/2024/02/01/system-design/)\n");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void includesNeverLeaveTheIncludesFolder() throws IOException {
        Problems problems = new Problems();
        JekyllLiquid.Result result = liquid().render(note("{% include ../secret.txt %}\n{% include /etc/passwd %}\n"
                + "{% include missing.html %}\n{% include {{ page.x }} %}\n"), "/a/", problems);
        assertThat(result.body()).doesNotContain("secret").doesNotContain("root");
        assertThat(warnings(problems)).containsExactly(
                "4: {% include ../secret.txt %} removed: an include must name a file inside _includes/",
                "5: {% include /etc/passwd %} removed: an include must name a file inside _includes/",
                "6: {% include missing.html %} removed: _includes/missing.html does not exist",
                "7: {% include {{ %} removed: include names computed by Liquid are not supported; write the file name");
    }

    @Test
    void aSyntaxErrorIsAWarningAtItsLineAndTheBodyRendersAsWritten() throws IOException {
        Problems problems = new Problems();
        Note note = note("fine\n\n{% if %}\nx\n");
        JekyllLiquid.Result result = liquid().render(note, "/a/", problems);
        assertThat(result.body()).isEqualTo(note.body());
        assertThat(warnings(problems)).singleElement().asString().startsWith("6: Liquid syntax error");
    }

    @Test
    void workIsBounded() throws IOException {
        Problems problems = new Problems();
        Note note = note("{% for i in (1..100000000) %}{% for j in (1..1000) %}x{% endfor %}{% endfor %}\n");
        long start = System.nanoTime();
        JekyllLiquid.Result result = liquid().render(note, "/a/", problems);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(JekyllLiquid.MAX_RENDER_MILLIS * 3);
        assertThat(result.body()).isEqualTo(note.body());
        assertThat(warnings(problems)).singleElement().asString().contains("Liquid could not be rendered");
    }

    @Test
    void linesAfterLiquidThatChangesLineCountsAreTheFilesLines() throws IOException {
        Problems problems = new Problems();
        JekyllLiquid.Result result = liquid().render(note("{% comment %}\none\ntwo\n{% endcomment %}\nafter\n"
                + "{% for i in (1..3) %}\nitem {{ i }}\n{% endfor %}\nlast\n"), "/a/", problems);
        String[] lines = result.body().split("\n", -1);
        int after = java.util.Arrays.asList(lines).indexOf("after");
        int last = java.util.Arrays.asList(lines).indexOf("last");
        assertThat(result.sourceLines()[after]).isEqualTo(8);
        assertThat(result.sourceLines()[last]).isEqualTo(12);
    }

    @Test
    void plainTextAndNotesWithoutFrontMatterAreNotRunThroughLiquid() throws IOException {
        Problems problems = new Problems();
        Note txt = note("notes.txt", "{{ site.title }} {% youtube %}", Map.of("title", "x"));
        Note bare = note("bare.md", "{{ site.title }} {% youtube %}", Map.of());
        assertThat(liquid().render(txt, "/a/", problems).body()).isEqualTo(txt.body());
        assertThat(liquid().render(bare, "/a/", problems).body()).isEqualTo(bare.body());
        assertThat(problems.sorted()).isEmpty();
    }
}
