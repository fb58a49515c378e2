package io.github.studysite.search;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.problem.Problems;
import io.github.studysite.util.Json;
import io.github.studysite.publish.Output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the search index so that it stays small to load at any size of site, also from {@code file://} (where
 * browsers refuse {@code fetch}, so every file is a script that hands its data to {@code assets/search.js}):
 * <ul>
 *   <li>{@code search-index.json} and the same as {@code search-index.js}: the manifest — format version, the chunk
 *       of every note in order, how many shards the postings are split into, and the addresses that entries of
 *       questions and stories leave out ({@link SearchEntries.Addresses});</li>
 *   <li>{@code search/p<k>.js}: shard {@code k} of the postings, mapping each bigram of normalised text
 *       ({@link SearchText}) to the chunks (by number) whose text contains it;</li>
 *   <li>{@code search/c<k>.js}: the chunks of a few notes in site order (the first file: the principles'), each
 *       chunk a note's entries with their text, compressed; the manifest says how many chunks each file holds.</li>
 * </ul>
 * A query loads the shards of its bigrams, intersects their chunk lists, then loads only the files of the candidate
 * chunks and checks them for the exact substring. A large site thus answers a query with a few shard files and the
 * files of its first results, never the whole index.
 *
 * <p>In a preview session the postings are kept between builds and updated for the notes that changed; only the
 * shards whose postings changed, and the files of changed notes, are written again.
 */
public final class SearchIndex {

    public static final String MANIFEST_JSON = "search-index.json";
    public static final String MANIFEST_JS = "search-index.js";
    public static final String FOLDER = "search/";
    /** Index format version, checked by {@code search.js}. */
    public static final int VERSION = 3;
    /** Notes whose chunks share a file: ~100-200 KB of text at the notes' usual size. */
    static final int NOTES_PER_FILE = 8;
    /** Roughly how many postings one shard file holds (a few tens of kilobytes). */
    static final int POSTINGS_PER_SHARD = 20_000;

    private SearchIndex() {
    }

    /**
     * Writes the chunks of {@code chunks} (in site order) as they come, then the shards and the manifest. Each chunk
     * is written and reduced to its bigrams before the next is made, on all cores: the text of every note is never
     * held at once (a large site has about as much of it as of Markdown).
     */
    public static void write(Stream<SearchEntries.Group> groups, SearchEntries.Addresses addresses, Output out,
                             BuildCache cache, Problems problems) {
        State state = cache.state("search-index", State::new);
        List<List<Indexed>> files = groups.parallel().map(g -> {
            List<Indexed> chunks = g.chunks().stream().map(c -> new Indexed(c.name(),
                    cache.memo("search-bigrams", c.name(), c.entries(), problems, p -> PackedBigrams.of(bigrams(c))),
                    c.entries().size())).toList();
            writeOrKeep(filePath(g.file()), g.chunks(), () -> fileScript(g.chunks()), out, cache);
            return chunks;
        }).toList();
        List<Indexed> indexed = files.stream().flatMap(List::stream).toList();
        List<String> order = indexed.stream().map(Indexed::name).toList();
        state.update(order, indexed.stream().map(Indexed::bigrams).toList());

        BitSet stale = new BitSet();
        for (int s = 0; s < state.shards; s++) {
            if (cache.keep(shardPath(s), state.stamp(s))) {
                out.keep(shardPath(s));
            } else {
                stale.set(s);
            }
        }
        state.shardScripts(stale).forEach((s, script) -> out.write(shardPath(s), script));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", VERSION);
        manifest.put("shards", state.shards);
        manifest.put("entries", indexed.stream().mapToInt(Indexed::entries).sum());
        manifest.put("chunks", order);
        manifest.put("files", files.stream().map(List::size).toList());
        manifest.put("pages", addresses.questionPages());
        manifest.put("story", addresses.storyPage());
        manifest.put("excerpt", SearchEntry.MAX_EXCERPT);
        String json = Json.of(manifest);
        writeOrKeep(MANIFEST_JSON, json, () -> json + "\n", out, cache);
        writeOrKeep(MANIFEST_JS, json, () -> "window.studysiteSearchIndex = " + json + ";\n", out, cache);
    }

    /** A chunk once written: its name, its bigrams and how many entries it had. */
    private record Indexed(String name, PackedBigrams bigrams, int entries) {
    }

    /** Writes a data file, or keeps the previous build's when it was made from an equal stamp. */
    public static void writeOrKeep(String path, Object stamp, java.util.function.Supplier<String> content, Output out,
                                   BuildCache cache) {
        if (cache.keep(path, stamp)) {
            out.keep(path);
        } else {
            out.write(path, content.get());
        }
    }

    static String filePath(int file) {
        return FOLDER + "c" + file + ".js";
    }

    private static String fileScript(List<SearchEntries.Chunk> chunks) {
        StringBuilder sb = new StringBuilder();
        chunks.forEach(c -> sb.append(chunkScript(c)));
        return sb.toString();
    }

    static String shardPath(int shard) {
        return FOLDER + "p" + shard + ".js";
    }

    /** Every bigram of a chunk's titles and texts, sorted and distinct. */
    static long[] bigrams(SearchEntries.Chunk chunk) {
        BigramSet set = new BigramSet();
        for (SearchEntry e : chunk.entries()) {
            set.addText(SearchText.normalise(e.title()));
            set.addText(SearchText.normalise(e.text()));
        }
        return set.sorted();
    }

    /**
     * {@code studysiteSearch.chunk(name, "data")}: the chunk's {@link #chunkJson JSON}, {@link Deflated} (most of
     * the index is the notes' text, which deflates well).
     */
    static String chunkScript(SearchEntries.Chunk chunk) {
        StringBuilder sb = new StringBuilder(64 + chunk.name().length());
        sb.append("studysiteSearch.chunk(");
        Json.string(sb, chunk.name());
        return sb.append(",\"").append(Deflated.base64(chunkJson(chunk))).append("\");\n").toString();
    }

    /**
     * {@code {t: note title, h: note page, e: [entry…]}}, an entry being
     * <ul>
     *   <li>{@code [kind, title, href, text, anchors]} (the anchors only when there are any): a note's title that is
     *       the chunk's is written empty, and an href on the note's page from its {@code #} (the page itself empty);
     *       {@code text} is the text, or {@code [entry, start, end]} when it is that part of an earlier entry's;</li>
     *   <li>a question: {@code ["q", id, page, question, answer, text]}: its link is the manifest's question bank
     *       page {@code page} and {@code #id}, its title the question; {@code text} is as above, and when left out
     *       its answer's first {@value SearchEntry#MAX_EXCERPT} characters;</li>
     *   <li>a story: {@code ["s", slug, text, title, S, T, A, R]}: its link is the manifest's story page with its
     *       slug.</li>
     * </ul>
     * A question's question and answer and a story's title and parts are what practice mode and the question bank
     * show ({@link PracticeText}), each written as lines by {@link #lines}.
     */
    static String chunkJson(SearchEntries.Chunk chunk) {
        StringBuilder sb = new StringBuilder(256 + chunk.entries().size() * 200);
        sb.append("{\"t\":");
        Json.string(sb, chunk.title());
        sb.append(",\"h\":");
        Json.string(sb, chunk.href());
        sb.append(",\"e\":[");
        for (int i = 0; i < chunk.entries().size(); i++) {
            SearchEntry e = chunk.entries().get(i);
            sb.append(i == 0 ? "[" : ",\n[");
            sb.append('"').append(e.kind().code()).append("\",");
            PracticeText p = e.practice();
            if (p != null && e.kind() == SearchKind.QUESTION) {
                Json.string(sb, p.id());
                sb.append(',').append(p.page());
                int[] place = {-1, 0};
                lines(sb.append(','), p.prompt(), place);
                lines(sb.append(','), p.answer(), place);
                if (e.within() != null) {
                    span(sb.append(','), e.within());
                }
            } else if (p != null && e.kind() == SearchKind.STORY) {
                Json.string(sb, p.id());
                text(sb.append(','), e);
                int[] place = {-1, 0};
                lines(sb.append(','), p.prompt(), place);
                p.parts().forEach(part -> lines(sb.append(','), part, place));
            } else {
                Json.string(sb, e.kind() == SearchKind.NOTE && e.title().equals(chunk.title()) ? "" : e.title());
                sb.append(',');
                String href = e.href();
                Json.string(sb, href.equals(chunk.href()) ? ""
                        : href.startsWith(chunk.href() + "#") ? href.substring(chunk.href().length()) : href);
                text(sb.append(','), e);
                if (!e.anchors().isEmpty()) {
                    sb.append(",[");
                    for (int a = 0; a < e.anchors().size(); a++) {
                        SearchEntry.Anchor anchor = e.anchors().get(a);
                        sb.append(a == 0 ? "" : ",").append(anchor.offset()).append(',');
                        Json.string(sb, anchor.id());
                    }
                    sb.append(']');
                }
            }
            sb.append(']');
        }
        sb.append("]}");
        return sb.toString();
    }

    private static void text(StringBuilder sb, SearchEntry e) {
        if (e.within() != null) {
            span(sb, e.within());
        } else {
            Json.string(sb, e.text());
        }
    }

    private static void span(StringBuilder sb, SearchEntry.Span span) {
        sb.append('[').append(span.entry()).append(',').append(span.start()).append(',').append(span.end()).append(']');
    }

    /**
     * A text's lines, read in order with a place in the chunk's text that carries on from the item's previous text
     * ({@code place}: entry, offset): a string is the line itself; {@code [entry, start]} moves the place; a number
     * {@code n} is the {@code n} characters at the place, after which the place moves past them and the space that
     * separates the note's blocks. An answer's paragraphs follow each other in its note, so most lines are a number.
     */
    static void lines(StringBuilder sb, List<PracticeText.Line> lines, int[] place) {
        sb.append('[');
        for (int i = 0; i < lines.size(); i++) {
            PracticeText.Line line = lines.get(i);
            sb.append(i == 0 ? "" : ",");
            if (line.isRange()) {
                if (line.entry() != place[0] || line.start() != place[1]) {
                    sb.append('[').append(line.entry()).append(',').append(line.start()).append("],");
                }
                sb.append(line.end() - line.start());
                place[0] = line.entry();
                place[1] = line.end() + 1;
            } else {
                Json.string(sb, line.text());
            }
        }
        sb.append(']');
    }

    /**
     * The postings of the last build: which chunks contain each bigram. Kept by a session and updated note by note;
     * a change of the chunk order (a note added, removed or renamed) rebuilds it.
     */
    static final class State {
        /** Identifies this state's shard versions, so a stamp never matches one of an earlier, dropped state. */
        private final Object generation = new Object();
        private List<String> order = List.of();
        private List<PackedBigrams> bigrams = List.of();
        private final Map<Long, Postings> postings = new HashMap<>();
        private long total;
        private int shards;
        /** Per shard, the update that last changed it; never reused, so a stamp names one content only. */
        private long[] versions = new long[0];
        private long updates;

        /** Brings the postings up to date and gives the shards whose content changed a new version. */
        void update(List<String> newOrder, List<PackedBigrams> newBigrams) {
            BitSet changedKeys = new BitSet();
            boolean rebuilt = !newOrder.equals(order);
            List<Long> touched = new ArrayList<>();
            if (rebuilt) {
                postings.clear();
                total = 0;
                for (int chunk = 0; chunk < newBigrams.size(); chunk++) {
                    int number = chunk;
                    PackedBigrams grams = newBigrams.get(chunk);
                    grams.forEach(b -> postings.computeIfAbsent(b, k -> new Postings()).append(number));
                    total += grams.size();
                }
            } else {
                for (int chunk = 0; chunk < newBigrams.size(); chunk++) {
                    PackedBigrams before = bigrams.get(chunk);
                    PackedBigrams after = newBigrams.get(chunk);
                    if (before != after && !before.equals(after)) {
                        diff(chunk, before.toArray(), after.toArray(), touched);
                    }
                }
            }
            order = newOrder;
            bigrams = newBigrams;
            int wanted = shardCount(total);
            if (rebuilt || wanted != shards) {
                shards = wanted;
                versions = new long[shards];
                changedKeys.set(0, shards);
            } else {
                for (long b : touched) {
                    changedKeys.set(SearchText.shard(b, shards));
                }
            }
            updates++;
            for (int s = changedKeys.nextSetBit(0); s >= 0; s = changedKeys.nextSetBit(s + 1)) {
                versions[s] = updates;
            }
        }

        private void diff(int chunk, long[] before, long[] after, List<Long> touched) {
            int i = 0;
            int j = 0;
            while (i < before.length || j < after.length) {
                if (j >= after.length || i < before.length && before[i] < after[j]) {
                    Postings p = postings.get(before[i]);
                    p.remove(chunk);
                    if (p.size == 0) {
                        postings.remove(before[i]);
                    }
                    total--;
                    touched.add(before[i++]);
                } else if (i >= before.length || after[j] < before[i]) {
                    postings.computeIfAbsent(after[j], k -> new Postings()).insert(chunk);
                    total++;
                    touched.add(after[j++]);
                } else {
                    i++;
                    j++;
                }
            }
        }

        /** A power of two, so that the count (and with it every shard) stays put while a site grows a little. */
        static int shardCount(long postings) {
            long wanted = (postings + POSTINGS_PER_SHARD - 1) / POSTINGS_PER_SHARD;
            int shards = 1;
            while (shards < wanted && shards < 4096) {
                shards <<= 1;
            }
            return shards;
        }

        int shardsForTest() {
            return shards;
        }

        Object stamp(int shard) {
            return List.of(generation, shards, versions[shard]);
        }

        /** The scripts of the given shards, in one pass over the postings. */
        Map<Integer, String> shardScripts(BitSet wanted) {
            Map<Integer, TreeMap<String, Postings>> byShard = new TreeMap<>();
            if (wanted.isEmpty()) {
                return Map.of();
            }
            postings.forEach((b, p) -> {
                int shard = SearchText.shard(b, shards);
                if (wanted.get(shard)) {
                    byShard.computeIfAbsent(shard, k -> new TreeMap<>()).put(SearchText.key(b), p);
                }
            });
            Map<Integer, String> scripts = new TreeMap<>();
            for (int s = wanted.nextSetBit(0); s >= 0; s = wanted.nextSetBit(s + 1)) {
                scripts.put(s, shardScript(s, byShard.getOrDefault(s, new TreeMap<>())));
            }
            return scripts;
        }

        /** {@code studysiteSearch.shard(k, {"bigram": "chunks", …})}, as {@link Postings#encode} writes chunks. */
        private static String shardScript(int shard, TreeMap<String, Postings> keys) {
            StringBuilder sb = new StringBuilder(64 + keys.size() * 16);
            sb.append("studysiteSearch.shard(").append(shard).append(",{");
            boolean first = true;
            for (Map.Entry<String, Postings> e : keys.entrySet()) {
                sb.append(first ? "" : ",\n");
                first = false;
                Json.string(sb, e.getKey());
                sb.append(":\"");
                e.getValue().encode(sb);
                sb.append('"');
            }
            sb.append("});\n");
            return sb.toString();
        }

        @Override
        public String toString() {
            return "search index: " + order.size() + " chunks, " + postings.size() + " bigrams, " + total
                    + " postings, " + shards + " shards";
        }
    }

    /** A sorted list of chunk numbers. */
    static final class Postings {
        private int[] items = new int[2];
        private int size;

        void append(int chunk) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = chunk;
        }

        void insert(int chunk) {
            int at = Arrays.binarySearch(items, 0, size, chunk);
            if (at >= 0) {
                return;
            }
            at = -at - 1;
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            System.arraycopy(items, at, items, at + 1, size - at);
            items[at] = chunk;
            size++;
        }

        void remove(int chunk) {
            int at = Arrays.binarySearch(items, 0, size, chunk);
            if (at >= 0) {
                System.arraycopy(items, at + 1, items, at, size - at - 1);
                size--;
            }
        }

        /** Digits of a bitmap, six chunks each; none needs escaping in JSON. */
        static final String BITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

        /**
         * The shorter of two forms: the differences between neighbours in base 36, comma-separated ({@code 0,3,1a}),
         * or, for a bigram in many chunks (a common syllable pair is in nearly every note), {@code +first:bits},
         * the first chunk in base 36 and a bitmap of the chunks from it, a {@link #BITS} digit for each six, the
         * lowest bit first.
         */
        void encode(StringBuilder sb) {
            int first = items[0];
            int span = items[size - 1] - first + 1;
            String start = Integer.toString(first, 36);
            int bitmap = 2 + start.length() + (span + 5) / 6;
            int at = sb.length();
            int previous = 0;
            for (int i = 0; i < size && sb.length() - at <= bitmap; i++) {
                sb.append(i == 0 ? "" : ",").append(Integer.toString(items[i] - previous, 36));
                previous = items[i];
            }
            if (sb.length() - at <= bitmap) {
                return;
            }
            sb.setLength(at);
            sb.append('+').append(start).append(':');
            int next = 0;
            for (int group = 0; group * 6 < span; group++) {
                int digit = 0;
                for (; next < size && items[next] - first < group * 6 + 6; next++) {
                    digit |= 1 << (items[next] - first - group * 6);
                }
                sb.append(BITS.charAt(digit));
            }
        }
    }
}
