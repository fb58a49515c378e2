package io.github.studysite.search;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.problem.Problems;
import io.github.studysite.publish.Output;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The postings: built at once or updated note by note, they must come out the same. */
class SearchIndexTest {

    private static SearchEntries.Chunk chunk(String name, String... texts) {
        List<SearchEntry> entries = new ArrayList<>();
        for (String text : texts) {
            entries.add(new SearchEntry(SearchKind.SECTION, "", "notes/" + name + "/index.html", text));
        }
        return new SearchEntries.Chunk(name, name, "notes/" + name + "/index.html", entries);
    }

    private static Map<Integer, String> scripts(SearchIndex.State state) {
        BitSet all = new BitSet();
        all.set(0, state.shardsForTest());
        return state.shardScripts(all);
    }

    private static List<PackedBigrams> grams(List<SearchEntries.Chunk> chunks) {
        return chunks.stream().map(c -> PackedBigrams.of(SearchIndex.bigrams(c))).toList();
    }

    @Test
    void anUpdatedIndexEqualsOneBuiltFromScratch() {
        List<SearchEntries.Chunk> before = List.of(chunk("site", "고객 집착"), chunk("a", "서울에서 일 할 수 있나?"),
                chunk("b", "마이데이터 프로젝트"), chunk("c", "CloudFront CDN 서울"));
        List<SearchEntries.Chunk> after = List.of(before.get(0), chunk("a", "부산에서 일 할 수 있나?"), before.get(2),
                chunk("c", "CloudFront CDN 서울 리전"));
        SearchIndex.State session = new SearchIndex.State();
        session.update(names(before), grams(before));
        Map<Integer, String> first = scripts(session);
        session.update(names(after), grams(after));

        SearchIndex.State fresh = new SearchIndex.State();
        fresh.update(names(after), grams(after));
        assertThat(scripts(session)).isEqualTo(scripts(fresh)).isNotEqualTo(first);
        assertThat(scripts(fresh).get(0)).contains("\"서울\":\"3\"").contains("\"부산\":\"1\"")
                .doesNotContain("\"울에\"");
    }

    @Test
    void onlyShardsWhoseBigramsChangedGetANewVersion() {
        List<SearchEntries.Chunk> before = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            before.add(chunk("n" + i, "노트 " + i + " 내용 " + Integer.toString(i * 7919, 36) + " 가나다라마바사"));
        }
        SearchIndex.State state = new SearchIndex.State();
        state.update(names(before), grams(before));
        List<Object> stamps = new ArrayList<>();
        for (int s = 0; s < state.shardsForTest(); s++) {
            stamps.add(state.stamp(s));
        }
        List<SearchEntries.Chunk> after = new ArrayList<>(before);
        after.set(5, chunk("n5", "노트 5 내용 " + Integer.toString(5 * 7919, 36) + " 가나다라마바사 쀍"));
        state.update(names(after), grams(after));
        long changed = 0;
        for (int s = 0; s < state.shardsForTest(); s++) {
            if (!state.stamp(s).equals(stamps.get(s))) {
                changed++;
            }
        }
        assertThat(changed).isBetween(1L, 2L);
    }

    @Test
    void shardCountGrowsInPowersOfTwo() {
        assertThat(SearchIndex.State.shardCount(0)).isEqualTo(1);
        assertThat(SearchIndex.State.shardCount(SearchIndex.POSTINGS_PER_SHARD)).isEqualTo(1);
        assertThat(SearchIndex.State.shardCount(SearchIndex.POSTINGS_PER_SHARD + 1)).isEqualTo(2);
        assertThat(SearchIndex.State.shardCount(5L * SearchIndex.POSTINGS_PER_SHARD)).isEqualTo(8);
        assertThat(SearchIndex.State.shardCount(Long.MAX_VALUE / 2)).isEqualTo(4096);
    }

    @Test
    void writesManifestShardsAndChunksAsScripts() {
        // chunks are written from several threads, as into the real outputs
        Map<String, String> files = new java.util.concurrent.ConcurrentSkipListMap<>();
        Output out = new Output() {
            @Override
            public void write(String path, String content) {
                files.put(path, content);
            }

            @Override
            public void write(String path, byte[] content) {
                throw new AssertionError();
            }

            @Override
            public void copy(Path source, String path) {
                throw new AssertionError();
            }
        };
        SearchIndex.write(Stream.of(new SearchEntries.Group(0, List.of(chunk("site", "원칙"))),
                new SearchEntries.Group(1, List.of(chunk("n/a", "서울"), chunk("n/b", "부산")))),
                new SearchEntries.Addresses(List.of("questions/index.html"), "stories/{slug}.html"), out,
                BuildCache.NONE, new Problems());
        assertThat(files).containsOnlyKeys("search-index.json", "search-index.js", "search/p0.js", "search/c0.js",
                "search/c1.js");
        assertThat(files.get("search-index.json")).isEqualTo("{\"version\":3,\"shards\":1,\"entries\":3,"
                + "\"chunks\":[\"site\",\"n/a\",\"n/b\"],\"files\":[1,2],\"pages\":[\"questions/index.html\"],"
                + "\"story\":\"stories/{slug}.html\",\"excerpt\":400}\n");
        assertThat(files.get("search-index.js")).startsWith("window.studysiteSearchIndex = {\"version\":3");
        assertThat(SearchFiles.unpack(files.get("search/c1.js"))).isEqualTo("studysiteSearch.chunk(\"n/a\",{\"t\":\"n/a\","
                + "\"h\":\"notes/n/a/index.html\",\"e\":[[\"h\",\"\",\"\",\"서울\"]]});\n"
                + "studysiteSearch.chunk(\"n/b\",{\"t\":\"n/b\","
                + "\"h\":\"notes/n/b/index.html\",\"e\":[[\"h\",\"\",\"\",\"부산\"]]});\n");
        assertThat(files.get("search/p0.js")).contains("\"서울\":\"1\"").contains("\"원칙\":\"0\"");
    }

    @Test
    void aBigramInManyChunksIsABitmapAndInFewTheDifferences() {
        SearchIndex.Postings dense = new SearchIndex.Postings();
        List<Integer> many = new ArrayList<>();
        for (int chunk = 40; chunk < 400; chunk++) {
            if (chunk % 7 != 0) {
                dense.append(chunk);
                many.add(chunk);
            }
        }
        StringBuilder sb = new StringBuilder();
        dense.encode(sb);
        assertThat(sb.toString()).startsWith("+14:").hasSize(4 + 60);
        assertThat(decode(sb.toString())).isEqualTo(many);

        SearchIndex.Postings sparse = new SearchIndex.Postings();
        List.of(3, 90, 91, 500).forEach(sparse::append);
        StringBuilder few = new StringBuilder();
        sparse.encode(few);
        assertThat(few.toString()).isEqualTo("3,2f,1,bd");
        assertThat(decode(few.toString())).containsExactly(3, 90, 91, 500);
    }

    /** A bigram's chunk list read back, as {@code search.js} reads it. */
    private static List<Integer> decode(String postings) {
        List<Integer> out = new ArrayList<>();
        if (postings.startsWith("+")) {
            int colon = postings.indexOf(':');
            int first = Integer.parseInt(postings.substring(1, colon), 36);
            for (int i = colon + 1; i < postings.length(); i++) {
                int digit = SearchIndex.Postings.BITS.indexOf(postings.charAt(i));
                for (int b = 0; b < 6; b++) {
                    if ((digit & 1 << b) != 0) {
                        out.add(first + (i - colon - 1) * 6 + b);
                    }
                }
            }
            return out;
        }
        int at = 0;
        for (String d : postings.split(",")) {
            at += Integer.parseInt(d, 36);
            out.add(at);
        }
        return out;
    }

    @Test
    void aQuestionAndAStoryAreWrittenAsTheirIdsAndTheLinesOfTheNotesText() {
        String section = "Q. 왜 지원했나요? 성장하고 싶어서입니다. 팀이 좋아서입니다. 상황 과제 행동 결과";
        SearchEntry text = new SearchEntry(SearchKind.SECTION, "지원 동기", "notes/a/index.html#지원-동기", section);
        PracticeText.Line question = new PracticeText.Line(0, 3, 12, null);
        PracticeText.Line first = new PracticeText.Line(0, 13, 24, null);
        PracticeText.Line second = new PracticeText.Line(0, 25, 35, null);
        SearchEntry asked = new SearchEntry(SearchKind.QUESTION, "왜 지원했나요?", "questions/page/2/index.html#q-왜",
                "성장하고 싶어서입니다.\n\n팀이 좋아서입니다.").withPractice(new PracticeText("q-왜", 2, false,
                List.of(question), List.of(first, PracticeText.Line.of(""), second), List.of()));
        SearchEntry story = new SearchEntry(SearchKind.STORY, "", "stories/a-1.html", "상황 과제 행동 결과")
                .within(new SearchEntry.Span(0, 36, 47)).withPractice(new PracticeText("a-1", 0, true, List.of(),
                        List.of(), List.of(List.of(new PracticeText.Line(0, 36, 38, null)),
                                List.of(new PracticeText.Line(0, 39, 41, null)), List.of(PracticeText.Line.of("행동")),
                                List.of(new PracticeText.Line(0, 45, 47, null)))));
        String json = SearchIndex.chunkJson(new SearchEntries.Chunk("n/a", "A", "notes/a/index.html",
                List.of(text, asked, story)));
        assertThat(json).isEqualTo("{\"t\":\"A\",\"h\":\"notes/a/index.html\","
                + "\"e\":[[\"h\",\"지원 동기\",\"#지원-동기\",\"" + section + "\"],\n"
                // the answer follows the question: its lines are only their lengths; its text is its answer
                + "[\"q\",\"q-왜\",2,[[0,3],9],[11,\"\",10]],\n"
                + "[\"s\",\"a-1\",[0,36,47],[],[[0,36],2],[2],[\"행동\"],[[0,45],2]]]}");
    }

    private static List<String> names(List<SearchEntries.Chunk> chunks) {
        return chunks.stream().map(SearchEntries.Chunk::name).toList();
    }
}
