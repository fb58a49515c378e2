package io.github.studysite.serve;

import io.github.studysite.Fixtures;
import io.github.studysite.SiteBuilder;
import io.github.studysite.config.SiteConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental rebuilds are only worth having if they are right: after every kind of change, the site a preview
 * session updated in place must be byte for byte the site a fresh build makes of the same files.
 */
class LiveSiteTest {

    @TempDir
    Path project;
    private LiveSite site;
    private Path content;

    @BeforeEach
    void setUp() throws IOException {
        Fixtures.copySeeds(project);
        content = project.resolve("content");
        site = new LiveSite(SiteConfig.builder(project).drafts(true).build(), m -> { });
        assertThat(site.rebuild(List.of()).result().success()).isTrue();
    }

    /** Every file of a site folder (the marker aside) and its bytes, as text for readable failures. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readString(f));
            }
        }
        return files;
    }

    private void assertSameAsFreshBuild() throws IOException {
        Path fresh = project.resolve("fresh-output");
        SiteConfig config = SiteConfig.builder(project).drafts(true).outputDir(fresh).build();
        assertThat(new SiteBuilder(config).build().success()).isTrue();
        Map<String, String> expected = files(fresh);
        Map<String, String> actual = files(project.resolve("site-output"));
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(actual.get(path)).as(path).isEqualTo(expected.get(path));
        }
        try (Stream<Path> walk = Files.walk(fresh)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** Overrides the theme's note template with one that marks its article {@code data-edited}. */
    private Path editNoteTemplate() throws IOException {
        return Fixtures.write(project, "templates/note.mustache",
                Files.readString(Fixtures.PROJECT.resolve("templates/note.mustache")).replace("<article class=\"note\"",
                        "<article data-edited class=\"note\""));
    }

    private LiveBuild rebuild(Path... changed) {
        early.clear();
        LiveBuild build = site.rebuild(List.of(changed), early::add);
        assertThat(build.result().success()).as("%s", build.result().problems()).isTrue();
        return build;
    }

    /** The partial builds that showed an edited note first, in the last {@link #rebuild}. */
    private final List<LiveBuild> early = new ArrayList<>();

    /** What a rebuild wrote or deleted: its early partial build and its whole build together. */
    private Set<String> changedBy(LiveBuild build) {
        Set<String> all = new TreeSet<>(build.changed());
        early.forEach(e -> all.addAll(e.changed()));
        return all;
    }

    @Test
    void editingAStoryUpdatesItsPagesAndNothingElse() throws IOException {
        Path note = content.resolve(Fixtures.SEED_001);
        String text = Files.readString(note);
        Files.writeString(note, text.replace("cloudfront를 적용해서", "CloudFront와 S3를 적용해서"));
        LiveBuild build = rebuild(note);
        assertThat(changedBy(build)).contains("notes/001_39e2b3392925d8bd/index.html")
                .anySatisfy(p -> assertThat(p).startsWith("stories/"))
                .anySatisfy(p -> assertThat(p).startsWith("search/"))
                .doesNotContain("notes/002_201329728b60437e/index.html", "notes/004_05ea4aff718872b0/index.html",
                        "assets/style.css");
        assertSameAsFreshBuild();
    }

    @Test
    void anEditedNotesOwnPagesAreWrittenFirstExactlyAsTheWholeBuildWouldWriteThem() throws IOException {
        Path note = content.resolve(Fixtures.SEED_001);
        Files.writeString(note, Files.readString(note).replace("cloudfront를 적용해서", "CloudFront와 S3를 적용해서"));
        Path page = project.resolve("site-output/notes/001_39e2b3392925d8bd/index.html");
        Path story = project.resolve("site-output/stories/lg화학-cdn서비스.html");
        String storyBefore = Fixtures.read(story);
        Map<String, String> seenEarly = new TreeMap<>();
        LiveBuild whole = site.rebuild(List.of(note), e -> {
            early.add(e);
            seenEarly.put("page", Fixtures.read(page));
            seenEarly.put("story", Fixtures.read(story));
        });
        assertThat(whole.result().success()).isTrue();
        assertThat(early).singleElement().satisfies(e -> {
            assertThat(e.changed()).containsExactlyInAnyOrder("notes/001_39e2b3392925d8bd/index.html",
                    "en/notes/001_39e2b3392925d8bd/index.html");
            assertThat(e.number()).isEqualTo(whole.number() - 1);
        });
        assertThat(seenEarly.get("page")).contains("CloudFront와 S3를 적용해서").isEqualTo(Fixtures.read(page));
        assertThat(seenEarly.get("story")).isEqualTo(storyBefore); // the rest comes with the whole build
        assertThat(whole.changed()).doesNotContain("notes/001_39e2b3392925d8bd/index.html")
                .contains("stories/lg화학-cdn서비스.html");
        assertThat(Fixtures.read(story)).contains("CloudFront와 S3를 적용해서");
        assertSameAsFreshBuild();
    }

    @Test
    void theEarlyPageLinksStoriesByTheSlugsTheWholeSiteGivesThem() throws IOException {
        String story = """
                ## Ownership
                ### 같은 제목
                S: 상황 %s
                T: 과제
                A: 행동
                R: 결과
                """;
        Fixtures.write(content, "2024-01-01-a.md", "---\ntitle: 가\n---\n" + story.formatted("가"));
        Path b = Fixtures.write(content, "2024-01-02-b.md", "---\ntitle: 나\n---\n" + story.formatted("나"));
        rebuild();
        Files.writeString(b, Files.readString(b).replace("상황 나", "상황 나, 고쳐 씀"));
        Path page = project.resolve("site-output/notes/b/index.html");
        Map<String, String> seenEarly = new TreeMap<>();
        site.rebuild(List.of(b), e -> seenEarly.put("page", Fixtures.read(page)));
        assertThat(seenEarly.get("page")).contains("stories/같은-제목-2.html").isEqualTo(Fixtures.read(page));
        assertSameAsFreshBuild();
    }

    @Test
    void nothingIsShownFirstWhenTheThemeChangesOrTheEditBreaksTheNote() throws IOException {
        Path layout = editNoteTemplate();
        Path note = content.resolve(Fixtures.SEED_004);
        Files.writeString(note, Files.readString(note) + "\n새 줄\n");
        rebuild(layout, note);
        assertThat(early).isEmpty();
        Files.writeString(note, "---\ntitle: [unclosed\n---\n" + Files.readString(note));
        assertThat(site.rebuild(List.of(note), early::add).result().success()).isFalse();
        assertThat(early).isEmpty();
    }

    @Test
    void theEarlyPagesAndTheWholeBuildAreNumberedOneAfterTheOther() throws IOException {
        LiveBuild last = site.last();
        Path note = content.resolve(Fixtures.SEED_002);
        Files.writeString(note, Files.readString(note) + "\n\n덧붙인 문장.\n", StandardOpenOption.TRUNCATE_EXISTING);
        LiveBuild build = rebuild(note);
        assertThat(early).singleElement().satisfies(e -> {
            assertThat(e.changed()).contains("notes/002_201329728b60437e/index.html");
            assertThat(e.number()).isEqualTo(last.number() + 1);
        });
        assertThat(build.number()).isEqualTo(last.number() + 2);
        assertSameAsFreshBuild();
    }

    @Test
    void aRebuildWithoutChangesWritesNothing() throws IOException {
        assertThat(rebuild().changed()).isEmpty();
        assertSameAsFreshBuild();
    }

    @Test
    void addingAndDeletingNotesAddsAndRemovesTheirPages() throws IOException {
        Path added = Fixtures.write(content, "2024-05-01-new.md", """
                ---
                title: 새 노트
                ---
                # 예상 질문
                1. 서울에서 일할 수 있나요?
                   네, 가능합니다.
                """);
        assertThat(changedBy(rebuild(added))).contains("notes/new/index.html");
        assertSameAsFreshBuild();
        Files.delete(added);
        Path removed = content.resolve(Fixtures.SEED_004);
        Files.delete(removed);
        LiveBuild build = rebuild(added, removed);
        assertThat(changedBy(build)).contains("notes/new/index.html", "notes/004_05ea4aff718872b0/index.html");
        assertThat(project.resolve("site-output/notes/new")).doesNotExist();
        assertSameAsFreshBuild();
    }

    @Test
    void aTemplateChangeReachesEveryPage() throws IOException {
        Path layout = editNoteTemplate();
        LiveBuild build = rebuild(layout);
        assertThat(build.changed()).contains("notes/002_201329728b60437e/index.html");
        assertThat(Fixtures.read(project.resolve("site-output/notes/002_201329728b60437e/index.html")))
                .contains("data-edited");
        assertSameAsFreshBuild();
    }

    @Test
    void aBrokenNoteLeavesTheSiteAsItWasUntilFixed() throws IOException {
        Path note = content.resolve(Fixtures.SEED_004);
        String before = Fixtures.read(project.resolve("site-output/notes/004_05ea4aff718872b0/index.html"));
        String text = Files.readString(note);
        Files.writeString(note, "---\ntitle: [unclosed\n---\n" + text);
        LiveBuild broken = site.rebuild(List.of(note));
        assertThat(broken.result().success()).isFalse();
        assertThat(broken.result().problems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith("content/004_05ea4aff718872b0.txt:3:1: invalid YAML"));
        assertThat(broken.changed()).isEmpty();
        assertThat(Fixtures.read(project.resolve("site-output/notes/004_05ea4aff718872b0/index.html")))
                .isEqualTo(before);

        Files.writeString(note, text + "\n고친 뒤에 쓴 줄\n", StandardOpenOption.TRUNCATE_EXISTING);
        LiveBuild fixed = rebuild(note);
        assertThat(changedBy(fixed)).contains("notes/004_05ea4aff718872b0/index.html");
        assertSameAsFreshBuild();
    }

    @Test
    void anEditTheWatcherReportsIsSeenEvenWithTheSameSizeAndTime() throws IOException {
        Path note = content.resolve(Fixtures.SEED_004);
        var time = Files.getLastModifiedTime(note);
        String text = Files.readString(note);
        Files.writeString(note, text.replace("서울에서", "부산에서"));
        Files.setLastModifiedTime(note, time);
        assertThat(changedBy(rebuild(note))).contains("notes/004_05ea4aff718872b0/index.html");
        assertSameAsFreshBuild();
    }

    @Test
    void siteSettingsAndDraftsReachEveryPage() throws IOException {
        Path config = Fixtures.write(content, "_config.yml", "title: 면접 노트\n");
        Path draft = Fixtures.write(content, "wip.md", "---\ntitle: 쓰는 중\ndraft: true\n---\n아직 초안\n");
        LiveBuild build = rebuild(config, draft);
        assertThat(build.changed()).contains("notes/002_201329728b60437e/index.html", "notes/wip/index.html");
        assertThat(Fixtures.read(project.resolve("site-output/notes/wip/index.html"))).contains("banner-draft")
                .contains("면접 노트");
        assertSameAsFreshBuild();
    }

    @Test
    void aSiteFolderDeletedDuringTheSessionIsWrittenWholeAgain() throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve("site-output"))) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        LiveBuild build = rebuild();
        assertThat(build.wroteEverything()).isTrue();
        assertSameAsFreshBuild();
    }
}
