package io.github.studysite.init;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import io.github.studysite.TreeSnapshot;
import io.github.studysite.config.SettingsLoader;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A scaffolded repository builds at once into a site with every kind of page, and a second init writes nothing. */
class ScaffoldTest {

    private static final PluginCoordinates PLUGIN = new PluginCoordinates("io.github.studysite",
            "studysite-maven-plugin", "1.2.3");

    @TempDir
    Path work;

    @Test
    void theExampleNotesBuildIntoStoriesQuestionsAnIntroductionAndTopics() throws IOException {
        Path repo = work.resolve("내 노트");
        Scaffold.Result result = Scaffold.into(repo, PLUGIN);
        assertThat(result.refused()).isFalse();
        assertThat(result.written()).containsExactlyElementsOf(Scaffold.paths());

        BuildResult build = Fixtures.build(repo);
        assertThat(build.problems()).as("the examples build without a warning").isEmpty();
        assertThat(build.success()).isTrue();
        assertThat(build.notes()).isEqualTo(4);
        assertThat(build.stories()).isEqualTo(3);
        Path site = repo.resolve("site-output");

        // each story is filed under the principle its section names, complete in its four parts
        for (String principle : List.of("customer-obsession", "ownership", "dive-deep")) {
            Document page = html(site.resolve("principles/" + principle + "/index.html"));
            assertThat(page.select("a[href^=../../stories/]").stream().map(a -> a.attr("href"))
                    .filter(h -> !h.endsWith("stories/index.html")).distinct()).as(principle).hasSize(1);
        }

        // answered and unanswered questions, Korean and English
        Document questions = html(site.resolve("questions/index.html"));
        assertThat(questions.select("li.question.is-answered").eachAttr("id")).containsExactlyInAnyOrder(
                "q-가장-어려웠던-기술적-문제는-무엇이었나요", "q-왜-우리-회사에-지원하셨나요",
                "q-tell-me-about-a-time-you-disagreed-with-your", "q-1분-내로-자기소개");
        assertThat(questions.select("li.question.is-unanswered").eachAttr("id")).containsExactlyInAnyOrder(
                "q-tell-me-about-a-time-you-failed", "q-최근에-새로-배운-기술은-무엇인가요");

        // one self-introduction with both languages written, each in its own lang
        List<Path> intros;
        try (var pages = Files.list(site.resolve("intro"))) {
            intros = pages.filter(p -> !p.getFileName().toString().equals("index.html")).toList();
        }
        assertThat(intros).hasSize(1);
        Document intro = html(intros.get(0));
        Element ko = intro.selectFirst("section.intro-column.is-written[lang=ko]");
        Element en = intro.selectFirst("section.intro-column.is-written[lang=en]");
        assertThat(ko).isNotNull();
        assertThat(en).isNotNull();
        assertThat(ko.text()).contains("백엔드 개발자");
        assertThat(en.text()).contains("backend engineer");
        assertThat(intro.text()).contains("1:00"); // the limit the title states, 1분 내로

        // every unanswered topic of the study list, in its group
        Document study = html(site.resolve("study/index.html"));
        assertThat(study.select(".topic-title").eachText()).containsExactly("TCP 3-way handshake",
                "HTTP/2와 HTTP/1.1의 차이", "DNS 조회 과정", "EC2", "S3", "VPC", "Isolation levels",
                "Indexes (B-tree)");
    }

    @Test
    void aSecondInitRefusesAndWritesNothing() throws IOException {
        Scaffold.into(work, PLUGIN);
        Files.writeString(work.resolve("content/questions.md"), "# my own questions\n");
        Map<String, String> before = TreeSnapshot.of(work);
        Scaffold.Result again = Scaffold.into(work, PLUGIN);
        assertThat(again.refused()).isTrue();
        assertThat(again.written()).isEmpty();
        assertThat(again.existing()).containsExactlyElementsOf(Scaffold.paths());
        assertThat(TreeSnapshot.of(work)).isEqualTo(before);
    }

    @Test
    void oneExistingFileIsNamedAndNoneOfTheOthersIsWritten() throws IOException {
        Fixtures.write(work, ".gitignore", "*.class\n");
        Files.createDirectories(work.resolve("content"));
        Files.createSymbolicLink(work.resolve("content/_config.yml"), work.resolve("nowhere.yml"));
        Map<String, String> before = TreeSnapshot.of(work);
        Scaffold.Result result = Scaffold.into(work, PLUGIN);
        assertThat(result.existing()).containsExactly(".gitignore", "content/_config.yml");
        assertThat(TreeSnapshot.of(work)).isEqualTo(before);
        assertThat(work.resolve("nowhere.yml")).doesNotExist();
    }

    @Test
    void thePomDeclaresThePluginThatWroteIt() throws Exception {
        Scaffold.into(work.resolve("My Notes"), PLUGIN);
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(work.resolve("My Notes/pom.xml").toFile());
        assertThat(pom.getElementsByTagName("artifactId").item(0).getTextContent()).isEqualTo("my-notes");
        assertThat(pom.getElementsByTagName("packaging").item(0).getTextContent()).isEqualTo("pom");
        NodeList plugins = pom.getElementsByTagName("plugin");
        assertThat(plugins.getLength()).isEqualTo(1);
        var plugin = (org.w3c.dom.Element) plugins.item(0);
        assertThat(List.of(text(plugin, "groupId"), text(plugin, "artifactId"), text(plugin, "version")))
                .containsExactly("io.github.studysite", "studysite-maven-plugin", "1.2.3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowBuildsTheReleaseTagOfThePluginVersion() throws IOException {
        Scaffold.into(work.resolve("a"), PLUGIN);
        Map<String, Object> env = (Map<String, Object>) ((Map<String, Object>) new Yaml()
                .load(Fixtures.read(work.resolve("a/.github/workflows/pages.yml")))).get("env");
        assertThat(env).containsEntry("STUDYSITE_FROM", "source").containsEntry("STUDYSITE_TAG", "v1.2.3")
                .containsEntry("STUDYSITE_REPOSITORY", Scaffold.STUDYSITE_REPOSITORY);
        // a snapshot has no tag yet: its workflow follows main, which carries the snapshot version
        Scaffold.into(work.resolve("b"), new PluginCoordinates("g", "a", "2.0.0-SNAPSHOT"));
        env = (Map<String, Object>) ((Map<String, Object>) new Yaml()
                .load(Fixtures.read(work.resolve("b/.github/workflows/pages.yml")))).get("env");
        assertThat(env).containsEntry("STUDYSITE_TAG", "main");
    }

    /** Uncommented, every example setting is valid and read: the comments document real keys with real values. */
    @Test
    void everyCommentedSettingIsAKeyStudysiteReads() throws IOException {
        Scaffold.into(work, PLUGIN);
        Path config = work.resolve("content/_config.yml");
        String uncommented = Fixtures.read(config).replaceAll("(?m)^# ([a-z_]+: )", "$1");
        Files.writeString(config, uncommented);
        Problems problems = new Problems();
        SiteSettings settings = SettingsLoader.load(SiteConfig.builder(work).build(), problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(settings.site().keySet()).containsExactlyInAnyOrder("title", "description", "lang", "author",
                "baseurl", "url", "pretty_urls", "languages", "speaking_rates", "intro_limit_seconds", "exclude",
                "include", "privacy_allow");
        assertThat(settings.baseUrl()).isEqualTo("/my-notes");
        assertThat(settings.siteUrl()).isEqualTo("https://me.github.io");
        assertThat(settings.languages()).containsExactly("ko", "en");
        assertThat(settings.introLimitSeconds()).isEqualTo(120);
        assertThat(settings.speakingRates()).isEqualTo(new io.github.studysite.util.SpeakingTime(280, 140));
        assertThat(settings.privacyAllow()).containsExactly("me@example.com");
        assertThat(settings.excludes()).contains("old-notes/", "drafts.md");
        assertThat(settings.jekyllIncludes()).containsExactly(".well-known");
    }

    /** {@code studysite --init}: this build's own coordinates from its plugin descriptor; 1 when it refuses. */
    @Test
    void theCommandLineInitWritesThisBuildsCoordinatesAndRefusesASecondTime() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        Path repo = work.resolve("new");
        assertThat(InitCommand.run(repo, new java.io.PrintStream(out, true, "UTF-8"),
                new java.io.PrintStream(err, true, "UTF-8"))).isZero();
        PluginCoordinates own = PluginCoordinates.own();
        assertThat(own.groupId()).isEqualTo("io.github.studysite");
        assertThat(own.artifactId()).isEqualTo("studysite-maven-plugin");
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(repo.resolve("pom.xml").toFile());
        var plugin = (org.w3c.dom.Element) pom.getElementsByTagName("plugin").item(0);
        assertThat(text(plugin, "version")).isEqualTo(own.version()).isNotBlank();
        Map<String, String> before = TreeSnapshot.of(repo);
        assertThat(InitCommand.run(repo, new java.io.PrintStream(out, true, "UTF-8"),
                new java.io.PrintStream(err, true, "UTF-8"))).isEqualTo(1);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("already exists: pom.xml");
        assertThat(TreeSnapshot.of(repo)).isEqualTo(before);
    }

    @Test
    void aFolderNameBecomesAnArtifactId() {
        assertThat(Scaffold.artifactId(Path.of("/x/My Notes"))).isEqualTo("my-notes");
        assertThat(Scaffold.artifactId(Path.of("/x/면접 노트"))).isEqualTo("notes");
        assertThat(Scaffold.artifactId(Path.of("/x/interview_2026"))).isEqualTo("interview_2026");
    }

    private static Document html(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    private static String text(org.w3c.dom.Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }
}
