import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Writes a benchmark corpus of N notes shaped like the user's real notes (the five seeds), and the same notes as a
 * Hugo site and a Jekyll site, so that the three generators build the same text side by side (issue 8).
 *
 * <p>Run with the JDK alone, no build needed (Java 17 single-file source launch):
 * <pre>java bench/CorpusGenerator.java --notes 1000 --out /tmp/corpus [--seed 8] [--kb 20] [--plugin-version V]</pre>
 *
 * <p>It writes {@code OUT/studysite/} (a Maven project whose {@code pom.xml} declares the plugin, with
 * {@code content/}), {@code OUT/hugo/} ({@code config.toml}, {@code content/notes/}, {@code layouts/}),
 * {@code OUT/jekyll/} ({@code _config.yml}, {@code _layouts/}, {@code notes/}) and {@code OUT/corpus.properties}
 * (what was asked and what was written: bytes, stories, questions). The output depends only on the arguments: note
 * {@code i} is drawn from its own {@link Random} seeded by {@code (seed, i)}, so notes are generated in parallel and a
 * 1,000-note corpus is the first tenth of the 10,000-note one.
 *
 * <p>Why the shapes: studysite must read notes as people write them, not as a tidy format. Every note takes one shape
 * of a seed — an LP list with {@code 1) title} and {@code S:/T:/A:/R:} lines (seeds 000/001), tab-indented Q&amp;A
 * (seed 002), a blog post with {@code ### 1. question} headings (seed 003), study topics with Korean emphasis
 * (seed 004), or STAR stories under {@code ## headings} with {@code **Situation:**} or {@code 상황:} labels — and
 * most carry a self-introduction in Korean, English or both. Text is Korean and English, composed from phrase pools so
 * that pages differ. Notes average {@code --kb} KB of UTF-8 (uniformly between 0.6× and 1.4×). Titles carry the
 * note's date: studysite takes notes with the same title (and author) for revisions of one note and shows only the
 * newest, so titles drawn from small pools alone would fold most of a large corpus into a few hundred notes; with the
 * date, a few notes still share a title, as a person's notes do.
 *
 * <p>For Hugo and Jekyll every note gets front matter (title, date, tags; Jekyll also needs it to render a page at
 * all) and a {@code .md} name; the body is byte for byte the one studysite reads. Their layouts are minimal: one page
 * per note (Hugo adds the table of contents, as studysite does), a home page listing every note, a sitemap.
 */
public final class CorpusGenerator {

    private static final String USAGE = """
            Usage: java bench/CorpusGenerator.java --notes N --out DIR [--seed S] [--kb K] [--plugin-version V]
              --notes N            how many notes (required)
              --out DIR            where to write studysite/, hugo/, jekyll/ and corpus.properties (required)
              --seed S             random seed (default 8); same arguments, same corpus
              --kb K               average note size in KB of UTF-8 (default 20)
              --plugin-version V   studysite version the generated pom.xml declares (default 0.1.0-SNAPSHOT)
            """;

    public static void main(String[] args) throws IOException {
        int notes = -1;
        long seed = 8;
        int kb = 20;
        Path out = null;
        String pluginVersion = "0.1.0-SNAPSHOT";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--notes" -> { notes = Integer.parseInt(require(value, "--notes")); i++; }
                case "--seed" -> { seed = Long.parseLong(require(value, "--seed")); i++; }
                case "--kb" -> { kb = Integer.parseInt(require(value, "--kb")); i++; }
                case "--out" -> { out = Path.of(require(value, "--out")); i++; }
                case "--plugin-version" -> { pluginVersion = require(value, "--plugin-version"); i++; }
                case "-h", "--help" -> { System.out.print(USAGE); return; }
                default -> fail("unknown argument " + args[i]);
            }
        }
        if (notes < 1 || out == null || kb < 1) {
            fail("--notes (at least 1) and --out are required");
        }
        long started = System.nanoTime();
        Stats stats = new CorpusGenerator(out, seed, kb, pluginVersion).write(notes);
        System.out.printf(Locale.ROOT, "Wrote %d notes (%.1f MB, %d stories, %d questions, %d intros) to %s in %.1f s%n",
                notes, stats.bytes.get() / 1e6, stats.stories.get(), stats.questions.get(), stats.intros.get(), out,
                (System.nanoTime() - started) / 1e9);
    }

    private static String require(String value, String option) {
        if (value == null) {
            fail(option + " needs a value");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.err.print(USAGE);
        System.exit(2);
    }

    /** Counts of what was written, for {@code corpus.properties} and for checking the study model later. */
    static final class Stats {
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong stories = new AtomicLong();
        final AtomicLong questions = new AtomicLong();
        final AtomicLong intros = new AtomicLong();
        final AtomicLong[] shapes = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(),
                new AtomicLong()};
    }

    private final Path out;
    private final long seed;
    private final int kb;
    private final String pluginVersion;

    CorpusGenerator(Path out, long seed, int kb, String pluginVersion) {
        this.out = out;
        this.seed = seed;
        this.kb = kb;
        this.pluginVersion = pluginVersion;
    }

    Stats write(int notes) throws IOException {
        Path studysite = out.resolve("studysite");
        Path hugo = out.resolve("hugo");
        Path jekyll = out.resolve("jekyll");
        for (Path dir : List.of(studysite.resolve("content/images"), hugo.resolve("content/notes"),
                hugo.resolve("static/images"), hugo.resolve("layouts/_default"), jekyll.resolve("notes"),
                jekyll.resolve("images"), jekyll.resolve("_layouts"))) {
            Files.createDirectories(dir);
        }
        Scaffolding.write(studysite, hugo, jekyll, pluginVersion);
        Stats stats = new Stats();
        IntStream.range(0, notes).parallel().forEach(i -> {
            GeneratedNote note = new NoteComposer(random(i), i, kb * 1024, this::fileName).compose();
            stats.bytes.addAndGet(note.body().getBytes(StandardCharsets.UTF_8).length);
            stats.stories.addAndGet(note.stories());
            stats.questions.addAndGet(note.questions());
            stats.intros.addAndGet(note.intros());
            stats.shapes[note.shape().ordinal()].incrementAndGet();
            writeString(studysite.resolve("content").resolve(note.name() + note.extension()),
                    note.studysiteFrontMatter() + note.body());
            writeString(hugo.resolve("content/notes").resolve(note.name() + ".md"), note.fullFrontMatter("") + note.body());
            writeString(jekyll.resolve("notes").resolve(note.name() + ".md"),
                    note.fullFrontMatter("layout: note\n") + note.body());
        });
        StringBuilder manifest = new StringBuilder()
                .append("# Written by bench/CorpusGenerator.java; same arguments, same corpus.\n")
                .append("notes=").append(notes).append('\n')
                .append("seed=").append(seed).append('\n')
                .append("kb=").append(kb).append('\n')
                .append("pluginVersion=").append(pluginVersion).append('\n')
                .append("generatorVersion=").append(NoteComposer.VERSION).append('\n')
                .append("bodyBytes=").append(stats.bytes.get()).append('\n')
                .append("stories=").append(stats.stories.get()).append('\n')
                .append("questions=").append(stats.questions.get()).append('\n')
                .append("intros=").append(stats.intros.get()).append('\n');
        for (Shape shape : Shape.values()) {
            manifest.append("shape.").append(shape.name().toLowerCase(Locale.ROOT)).append('=')
                    .append(stats.shapes[shape.ordinal()].get()).append('\n');
        }
        writeString(out.resolve("corpus.properties"), manifest.toString());
        return stats;
    }

    /** Note {@code i}'s own random source: notes do not depend on each other or on the order they are made in. */
    private Random random(int i) {
        return new Random(seed * 1_000_003L + i);
    }

    /** The studysite file name of note {@code i}, for links between notes. */
    String fileName(int i) {
        Shape shape = NoteComposer.shape(random(i));
        return NoteComposer.name(i, shape) + NoteComposer.extension(shape);
    }

    static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed a note's shape comes from. */
    enum Shape { LP_LIST, TAB_QA, BLOG_QA, STAR_HEADINGS, STUDY_TOPICS }

    /**
     * One generated note.
     *
     * @param name        file name without extension
     * @param extension   {@code .txt} for the shapes the seeds keep as plain-text exports, else {@code .md}
     * @param title       what the note is about
     * @param date        {@code YYYY-MM-DD}
     * @param tags        front matter tags
     * @param frontMatter whether the studysite copy has front matter (seeds 002 and 004 have none)
     * @param extraFront  further front matter lines for the studysite copy (layout, author, description, …)
     * @param body        the Markdown after the front matter, the same in all three copies
     */
    record GeneratedNote(String name, String extension, Shape shape, String title, String date, List<String> tags,
                         boolean frontMatter, String extraFront, String body, int stories, int questions,
                         int intros) {

        String studysiteFrontMatter() {
            if (!frontMatter) {
                return "";
            }
            return "---\n" + "title: " + quote(title) + "\n" + "date: " + quote(date) + "\n" + tagsLine() + extraFront
                    + "---\n";
        }

        /** Hugo and Jekyll need a title, and Jekyll renders only files with front matter. */
        String fullFrontMatter(String extra) {
            return "---\n" + extra + "title: " + quote(title) + "\n" + "date: " + date + "\n" + tagsLine() + "---\n";
        }

        private String tagsLine() {
            if (tags.isEmpty()) {
                return "";
            }
            List<String> quoted = new ArrayList<>();
            for (String tag : tags) {
                quoted.add(quote(tag));
            }
            return "tags: [" + String.join(", ", quoted) + "]\n";
        }

        static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}

/**
 * Writes one note's body: picks a seed shape, then appends that shape's sections until the note reaches its drawn
 * size. Everything random comes from the one {@link Random} it is given.
 */
final class NoteComposer {

    /** Bumped whenever the text changes, so that a cached corpus is regenerated. */
    static final int VERSION = 3;

    private final Random r;
    private final int index;
    private final int targetBytes;
    private final Phrases p;
    private final Utf8Builder sb = new Utf8Builder();
    private int stories;
    private int questions;
    private int intros;

    private final java.util.function.IntFunction<String> fileOf;
    private final CorpusGenerator.Shape shape;

    /**
     * @param random       this note's random source (the shape is its first draw)
     * @param index        this note's number
     * @param averageBytes the corpus's average note size
     * @param fileOf       the file name of another note, for links
     */
    NoteComposer(Random random, int index, int averageBytes, java.util.function.IntFunction<String> fileOf) {
        this.r = random;
        this.shape = shape(random);
        this.index = index;
        this.fileOf = fileOf;
        this.targetBytes = (int) (averageBytes * (0.6 + 0.8 * r.nextDouble()));
        this.p = new Phrases(random);
    }

    /** The first draw of a note's random source: its shape, in the seeds' proportions. */
    static CorpusGenerator.Shape shape(Random random) {
        int roll = random.nextInt(100);
        return roll < 30 ? CorpusGenerator.Shape.LP_LIST
                : roll < 50 ? CorpusGenerator.Shape.TAB_QA
                : roll < 70 ? CorpusGenerator.Shape.BLOG_QA
                : roll < 88 ? CorpusGenerator.Shape.STAR_HEADINGS
                : CorpusGenerator.Shape.STUDY_TOPICS;
    }

    static String name(int index, CorpusGenerator.Shape shape) {
        return String.format(Locale.ROOT, "%05d-%s", index, shape.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The seeds that are plain-text exports (000/001, 002) stay {@code .txt}: line breaks as written. */
    static String extension(CorpusGenerator.Shape shape) {
        return shape == CorpusGenerator.Shape.LP_LIST || shape == CorpusGenerator.Shape.TAB_QA ? ".txt" : ".md";
    }

    CorpusGenerator.GeneratedNote compose() {
        String company = p.pick(Phrases.COMPANIES);
        String role = p.pick(Phrases.ROLES);
        String date = String.format(Locale.ROOT, "20%02d-%02d-%02d", 20 + r.nextInt(6), 1 + r.nextInt(12),
                1 + r.nextInt(28));
        List<String> tags = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            String tag = p.pick(Phrases.TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        String name = name(index, shape);
        String title;
        String extension = extension(shape);
        boolean frontMatter = true;
        String extraFront = "";
        switch (shape) {
            case LP_LIST -> {
                title = company + " - Interview " + role + " (" + date + ")";
                extraFront = "layout: resume\nauthor: " + CorpusGenerator.GeneratedNote.quote(p.pick(Phrases.AUTHORS))
                        + "\ncategory: resume\n";
                lpList(company);
            }
            case TAB_QA -> {
                title = company + " " + role + " 면접 준비";
                frontMatter = false;
                tabQa(company);
            }
            case BLOG_QA -> {
                title = company + " " + role + " - Phone Interview 준비 " + (1 + r.nextInt(5)) + " (" + date + ")";
                extraFront = "description: " + CorpusGenerator.GeneratedNote.quote(role + " 채용 절차와 예상 질문 정리.") + "\n";
                blogQa(company, role);
            }
            case STAR_HEADINGS -> {
                boolean english = r.nextBoolean();
                title = (english ? "Leadership Principles — STAR stories for " + company
                        : company + " LP 사례 정리 (STAR)") + " " + date;
                extraFront = "lang: " + (english ? "en" : "ko") + "\n";
                starHeadings(english);
            }
            default -> {
                title = role + " 직무 준비 - 공부할 것";
                frontMatter = false;
                studyTopics();
            }
        }
        return new CorpusGenerator.GeneratedNote(name, extension, shape, title, date, List.copyOf(tags), frontMatter,
                extraFront, sb.toString(), stories, questions, intros);
    }

    private boolean full() {
        return sb.bytes() >= targetBytes;
    }

    private boolean fullAt(double fraction) {
        return sb.bytes() >= targetBytes * fraction;
    }

    // ---- seeds 000/001: LP list with 1) titles and S:/T:/A:/R: lines ----

    private void lpList(String company) {
        sb.line().line();
        sb.line("**채용과정**").line();
        sb.line("1차 면접: " + String.join(", ", p.some(Phrases.TECH, 6)) + ",  등등").line();
        sb.line("2차 면접: Interview Tips").line();
        sb.line("What to expect : " + p.englishParagraph(3)).line().line();
        sb.line("**LP**").line();
        int base = sb.bytes();
        double lpShare = 0.7;
        for (int i = 0; i < Phrases.PRINCIPLES.length; i++) {
            String[] lp = Phrases.PRINCIPLES[i];
            String number = (i + 1) + ".";
            String indent = " ".repeat(number.length() + 1);
            sb.line(number + (i + 1 == 9 ? "  " : " ") + lp[0]);
            sb.line(indent + lp[2]).line();
            int until = base + (int) ((targetBytes - base) * lpShare * (i + 1) / Phrases.PRINCIPLES.length);
            int story = 0;
            if (r.nextInt(5) > 0) {
                if (r.nextBoolean()) {
                    sb.line(indent + "**" + p.koreanHeadline() + "**  ");
                }
                while (sb.bytes() < until) {
                    story++;
                    sb.line(indent + story + ") " + p.storyTitle());
                    starLines(indent, r.nextInt(8) == 0);
                    sb.line();
                }
            }
            sb.line();
        }
        sb.line("<br>").line().line("---").line().line("<br>").line();
        sb.line("**예상질문**").line();
        sb.line("0. 자기소개");
        intros++;
        for (String line : p.koreanIntro(company).split("\n")) {
            sb.line("   " + line);
        }
        sb.line();
        int q = 1;
        while (!full()) {
            questions++;
            sb.line(q + ". " + p.koreanQuestion());
            int answers = 1 + r.nextInt(2);
            for (int a = 1; a <= answers; a++) {
                sb.line("   " + a + ") " + p.koreanSentence());
                for (int k = 0, n = r.nextInt(3); k < n; k++) {
                    sb.line("   " + p.koreanSentence());
                }
                sb.line();
            }
            q++;
        }
    }

    /** One STAR story as {@code S:/T:/A:/R:} lines; sometimes unfinished, as real notes are. */
    private void starLines(String indent, boolean unfinished) {
        stories++;
        sb.line(indent + "S: " + p.koreanSituation());
        if (r.nextBoolean()) {
            sb.line(indent + p.koreanSentence());
        }
        sb.line(indent + "T: " + (unfinished ? "" : p.koreanTask()));
        sb.line(indent + "A: " + (unfinished ? "" : p.koreanAction()));
        if (!unfinished) {
            for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
                sb.line(indent + p.koreanAction());
            }
        }
        sb.line(indent + "R: " + (unfinished ? "" : p.koreanResult()));
    }

    // ---- seed 002: tab-indented questions and answers, no front matter ----

    private void tabQa(String company) {
        sb.line("# 자기소개");
        intros++;
        for (String line : p.koreanIntro(company).split("\n")) {
            sb.line("\t" + line).line();
        }
        sb.line();
        int section = 0;
        while (!full()) {
            sb.line("# " + Phrases.TAB_SECTIONS[section % Phrases.TAB_SECTIONS.length]);
            section++;
            int count = 2 + r.nextInt(5);
            for (int q = 1; q <= count && !full(); q++) {
                questions++;
                sb.line("\t" + q + ". " + p.koreanQuestion());
                if (r.nextInt(4) == 0) {
                    sb.line("\t\t- " + p.pick(Phrases.TECH) + " 연계");
                    for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
                        sb.line("\t\t\t" + p.koreanSentence());
                    }
                    sb.line();
                    sb.line("\t\t- " + p.pick(Phrases.TECH) + " to " + p.pick(Phrases.TECH));
                }
                for (int k = 0, n = 1 + r.nextInt(5); k < n; k++) {
                    sb.line("\t\t" + p.koreanSentence());
                }
                if (r.nextInt(6) == 0) {
                    sb.line().line("\t\t" + q + "-1. " + p.koreanQuestion());
                    sb.line("\t\t\t" + p.koreanSentence());
                    questions++;
                }
                sb.line().line();
            }
            if (r.nextInt(5) == 0) {
                sb.line("\t\t" + "=".repeat(70));
                sb.line("\t\t" + p.koreanSentence());
                sb.line("\t\t\t- " + p.koreanSentence());
                sb.line("\t\thttps://example.com/blog/" + r.nextInt(1_000_000));
            }
            sb.line();
        }
    }

    // ---- seed 003: a blog post with a hand-written table of contents and ### 1. question headings ----

    private void blogQa(String company, String role) {
        sb.line().line("## 일정 확정 <!-- omit from toc --> ").line();
        sb.line(p.koreanSentence() + " " + p.koreanSentence()).line();
        sb.line("![confirmed](images/diagram-" + r.nextInt(Scaffolding.IMAGES) + ".svg)").line();
        sb.line("# 예상 질문 <!-- omit from toc --> ").line();
        List<String> headings = new ArrayList<>();
        headings.add("2분 내로 자기소개");
        int count = 4 + r.nextInt(6);
        for (int i = 1; i < count; i++) {
            headings.add(p.koreanQuestion());
        }
        sb.line("**Table of Contents**");
        for (int i = 0; i < headings.size(); i++) {
            String h = (i + 1) + ". " + headings.get(i);
            sb.line("- [" + h + "](#" + Phrases.githubSlug(h) + ")");
        }
        sb.line().line().line().line("---").line();
        for (int i = 0; i < headings.size(); i++) {
            questions++;
            sb.line("### " + (i + 1) + ". " + headings.get(i));
            if (i == 0) {
                intros++;
                for (String line : p.koreanIntro(company).split("\n")) {
                    sb.line(line).line();
                }
                continue;
            }
            int until = sb.bytes() + (targetBytes - sb.bytes()) / Math.max(1, headings.size() - i) * 4 / 5;
            while (sb.bytes() < until) {
                sb.line(p.koreanParagraph(3 + r.nextInt(4))).line();
                if (r.nextInt(9) == 0) {
                    table();
                }
                if (r.nextInt(12) == 0) {
                    code();
                }
            }
            sb.line();
        }
        int next = headings.size() + 1;
        for (int k = 0, n = 3 + r.nextInt(6); k < n; k++) {
            questions++;
            sb.line((next + k) + ". " + p.koreanQuestion());
        }
        sb.line().line().line().line("# 자료");
        sb.line("- [" + company + " " + role + " 인터뷰](https://example.com/" + r.nextInt(100_000) + ")");
        // An earlier note (or this one): a note never depends on how many notes come after it.
        sb.line("- [관련 노트](" + fileOf.apply(r.nextInt(index + 1)) + ")");
    }

    private void table() {
        sb.line("| 구분 | " + p.pick(Phrases.TECH) + " | " + p.pick(Phrases.TECH) + " |");
        sb.line("|---|---|---|");
        for (int k = 0, n = 2 + r.nextInt(4); k < n; k++) {
            sb.line("| " + p.pick(Phrases.ASPECTS) + " | " + p.shortKorean() + " | " + p.shortKorean() + " |");
        }
        sb.line();
    }

    private void code() {
        sb.line("```yaml");
        sb.line("apiVersion: autoscaling/v2");
        sb.line("kind: HorizontalPodAutoscaler");
        sb.line("spec:");
        sb.line("  minReplicas: " + (1 + r.nextInt(3)));
        sb.line("  maxReplicas: " + (4 + r.nextInt(20)));
        sb.line("```").line();
    }

    // ---- English and Korean STAR stories under headings, and a KR/EN self-introduction ----

    private void starHeadings(boolean english) {
        sb.line(english ? "# Leadership Principles stories" : "# LP 사례 정리").line();
        sb.line("## 자기소개 (한국어)").line();
        sb.line(p.koreanIntro(p.pick(Phrases.COMPANIES)).replace("\n", " ")).line();
        sb.line("## Self-introduction (English)").line();
        sb.line(p.englishIntro()).line();
        intros++;
        int lp = r.nextInt(Phrases.PRINCIPLES.length);
        while (!full()) {
            String[] principle = Phrases.PRINCIPLES[lp % Phrases.PRINCIPLES.length];
            lp += 1 + r.nextInt(3);
            boolean koreanLabels = !english && r.nextBoolean();
            sb.line("## " + (koreanLabels ? principle[1] + " (" + principle[0] + ")" : principle[0])).line();
            for (int s = 0, n = 1 + r.nextInt(3); s < n && !full(); s++) {
                stories++;
                if (koreanLabels) {
                    sb.line("### " + p.storyTitle()).line();
                    sb.line("상황: " + p.koreanSituation());
                    sb.line("과제: " + p.koreanTask());
                    sb.line("행동: " + p.koreanAction() + " " + p.koreanAction());
                    sb.line("결과: " + p.koreanResult()).line();
                } else if (english) {
                    sb.line("### " + p.englishStoryTitle()).line();
                    sb.line("**Situation:** " + p.englishSituation()).line();
                    sb.line("**Task:** " + p.englishTask()).line();
                    sb.line("**Action:** " + p.englishAction() + " " + p.englishAction()).line();
                    sb.line("**Result:** " + p.englishResult()).line();
                } else {
                    sb.line("### " + p.storyTitle()).line();
                    sb.line("- **Situation:** " + p.koreanSituation());
                    sb.line("- **Task:** " + p.koreanTask());
                    sb.line("- **Action:** " + p.koreanAction() + " " + p.koreanAction());
                    sb.line("- **Result:** " + p.koreanResult()).line();
                }
            }
            if (r.nextInt(3) == 0) {
                questions++;
                sb.line(english ? "**Follow-up:** " + p.englishQuestion() : "**꼬리 질문:** " + p.koreanQuestion())
                        .line();
            }
        }
    }

    // ---- seed 004: study topics, bold labels and Korean emphasis CommonMark leaves literal ----

    private void studyTopics() {
        sb.line("**■ 우리는 이런 일을 해요!**").line();
        for (int k = 0, n = 3 + r.nextInt(3); k < n; k++) {
            sb.line("- " + p.koreanSentence()).line();
        }
        sb.line("**■ 역량 있는 여러분의 지원을 기다립니다.**  ");
        for (int k = 0, n = 4 + r.nextInt(4); k < n; k++) {
            sb.line("- " + p.koreanSentence()).line();
        }
        sb.line();
        for (int k = 0, n = 3 + r.nextInt(3); k < n; k++) {
            sb.line("- **" + p.pick(Phrases.ASPECTS) + ":** " + p.shortKorean() + " **'" + p.pick(Phrases.ASPECTS)
                    + "'(" + String.join(", ", p.some(Phrases.ASPECTS, 3)) + " 등)**을 고려하여 " + p.koreanSentence());
            sb.line("    ");
        }
        int topic = r.nextInt(Phrases.STUDY_TOPICS.length);
        while (!full()) {
            String[] t = Phrases.STUDY_TOPICS[topic++ % Phrases.STUDY_TOPICS.length];
            sb.line().line("# " + t[0]).line();
            for (int k = 1; k < t.length; k++) {
                if (r.nextInt(3) == 0) {
                    sb.line(t[k] + ": ").line();
                } else {
                    sb.line("**" + t[k] + ":** " + p.koreanParagraph(1 + r.nextInt(3))).line();
                }
            }
            if (r.nextBoolean()) {
                questions++;
                sb.line("\"" + p.koreanQuestion() + "\"").line();
            }
        }
    }
}

/** A {@link StringBuilder} that keeps the UTF-8 length of what it holds, so notes are sized in bytes as on disk. */
final class Utf8Builder {
    private final StringBuilder sb = new StringBuilder(32 * 1024);
    private int bytes;

    Utf8Builder line(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        sb.append(s).append('\n');
        bytes++;
        return this;
    }

    Utf8Builder line() {
        return line("");
    }

    int bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}

/** Phrase pools, Korean and English, in the vocabulary of the seeds (cloud, SI projects, Amazon's LPs). */
final class Phrases {

    /** English name, Korean name, Amazon's definition (first sentences). */
    static final String[][] PRINCIPLES = {
        {"Customer Obsession", "고객 집착", "Leaders start with the customer and work backwards. They work vigorously to earn and keep customer trust."},
        {"Ownership", "주인 의식", "Leaders are owners. They think long term and don’t sacrifice long-term value for short-term results."},
        {"Invent and Simplify", "창조하고 간소화하라", "Leaders expect and require innovation and invention from their teams and always find ways to simplify."},
        {"Are Right, A Lot", "많이 옳아야 한다", "Leaders are right a lot. They have strong judgment and good instincts."},
        {"Learn and Be Curious", "학습하고 호기심을 가져라", "Leaders are never done learning and always seek to improve themselves."},
        {"Hire and Develop the Best", "최고를 채용하고 육성한다", "Leaders raise the performance bar with every hire and promotion."},
        {"Insist on the Highest Standards", "최고의 기준을 고집하라", "Leaders have relentlessly high standards — many people may think these standards are unreasonably high."},
        {"Think Big", "생각의 폭을 넓혀라", "Thinking small is a self-fulfilling prophecy. Leaders create and communicate a bold direction that inspires results."},
        {"Bias for Action", "신속하게 판단하고 행동하라", "Speed matters in business. Many decisions and actions are reversible and do not need extensive study."},
        {"Frugality", "근면, 검소", "Accomplish more with less. Constraints breed resourcefulness, self-sufficiency, and invention."},
        {"Earn Trust", "신뢰를 쌓아라", "Leaders listen attentively, speak candidly, and treat others respectfully."},
        {"Dive Deep", "심층적으로 분석하라", "Leaders operate at all levels, stay connected to the details, audit frequently, and are skeptical when metrics and anecdote differ."},
        {"Have Backbone; Disagree and Commit", "기개를 가지라: 반대하고 받아들여라", "Leaders are obligated to respectfully challenge decisions when they disagree, even when doing so is uncomfortable or exhausting."},
        {"Deliver Results", "결과를 내야 한다", "Leaders focus on the key inputs for their business and deliver them with the right quality and in a timely fashion."},
        {"Strive to be Earth's Best Employer", "지구 최고의 고용주가 되기 위해 노력하라", "Leaders work every day to create a safer, more productive, higher performing, more diverse, and more just work environment."},
        {"Success and Scale Bring Broad Responsibility", "성공과 확장은 광범위한 책임을 가져온다", "We started in a garage, but we're not there anymore. We are big, we impact the world, and we are far from perfect."},
    };

    static final String[] COMPANIES = {"AWS", "Amazon", "신세계아이앤씨", "카카오엔터프라이즈", "LG CNS", "네이버클라우드",
        "KT", "삼성SDS", "SK C&C", "토스", "쿠팡", "라인플러스", "NHN Cloud", "현대오토에버", "Google Cloud"};
    static final String[] ROLES = {"CSE", "Cloud Support Intern", "Solutions Architect", "클라우드 아키텍트", "CMP 개발",
        "DevOps Engineer", "SRE", "백엔드 개발", "Cloud Support Associate", "TAM"};
    static final String[] AUTHORS = {"Bys", "kim", "seong", "hj.lee", "cloudnote"};
    static final String[] TAGS = {"Blog", "취준", "Amazon", "AWS", "면접", "LP", "클라우드", "interview", "STAR", "이직"};
    static final String[] PROJECTS = {"LG화학 Public Cloud 전환", "KB카드 마이데이터", "대한항공 마이그레이션", "한화생명 MSP",
        "통합계정관리서비스", "D-space 포탈", "실시간 명장면 생성 파이프라인", "인도 GST", "공공 클라우드 콘솔", "사내 결제 시스템 고도화",
        "물류 추적 플랫폼", "시각장애인을 위한 캔 분류 앱", "M-SFA 운영", "주식 데이터 파싱 토이"};
    static final String[] TECH = {"CloudFront", "EKS", "Kafka", "X-Ray", "Elasticsearch", "Kibana", "Jenkins", "GitLab",
        "JIRA", "Redis", "HPA", "Terraform", "ALB", "RDS", "gRPC", "Keycloak", "Prometheus", "Argo CD", "Docker",
        "Kubernetes", "OpenStack", "ECS", "Lambda", "SNS", "VPC", "NAT Gateway", "Infinispan", "EFK", "OAuth2.0", "JWT"};
    static final String[] PROBLEMS = {"응답 지연", "메모리 누수", "배포 실패", "로그 추적의 어려움", "비용 증가", "일정 지연",
        "권한 관리 누락", "장애 인지 지연", "호스트 헤더 변경", "세션 유실", "파드 재시작", "데이터 동기화 오류", "인증 토큰 만료"};
    static final String[] PEOPLE = {"고객사", "프레임워크 담당자", "파트리더", "현지 직원들", "운영팀", "PM님", "후배", "TA분",
        "팀장님", "보안 담당자"};
    static final String[] ASPECTS = {"성능", "안정성", "확장성", "보안", "비용", "가용성", "운영 편의성", "관측 가능성"};
    static final String[] TAB_SECTIONS = {"자기소개에서 파생되어 나올 수 있는 질문", "회사에 대해 얼마나 아는가?", "지원동기", "이직 사유",
        "자기 PR / 자신의 주요 경력을 간략하게 소개해주세요", "장점 / 단점", "기술 질문", "취미 / 특기"};
    static final String[][] STUDY_TOPICS = {
        {"클라우드 (AWS)에 대한 기본 이해", "EC2", "S3", "RDS", "VPC"},
        {"MSA", "모놀리식 과의 차이점", "MSA의 장단점", "API Gateway", "Service Discovery"},
        {"컨테이너", "Docker", "Kubernetes (K8s)"},
        {"데이터베이스", "ACID", "RDBMS (SQL)", "NoSQL"},
        {"AI 아키텍처", "RAG (Retrieval-Augmented Generation)", "AI 학습/추론 환경"},
        {"네트워크", "TCP/IP", "DNS", "Load Balancer", "CDN"},
        {"보안", "IAM", "PKI", "OAuth2.0", "JWT"},
        {"프로젝트", "기술 선택의 이유", "가장 어려웠던 기술적 문제", "확장성"},
    };

    private static final String[] KO_SITUATION = {
        "%s 프로젝트에서 %s 구성을 마치고 테스트를 진행하던 중 %s 문제가 계속 발생하는 상황이었습니다.",
        "%s 프로젝트는 일정이 매우 촉박했고, %s 환경에서 %s 이슈가 보고되기 시작했습니다.",
        "기존 담당자가 병가를 내면서 저는 %s 프로젝트에 긴급 투입되었고, %s 기반 환경에서 %s 문제가 남아 있었습니다.",
        "%s 프로젝트 오픈 전 성능테스트 중 %s 설정 때문에 %s 현상이 반복되었습니다.",
        "당시 %s 프로젝트의 고객들은 %s 환경에 익숙하지 않아 %s 상황에 대응하기 어려워했습니다.",
    };
    private static final String[] KO_TASK = {
        "저는 %s를 적용해서 %s 문제를 해결하는 업무를 맡았습니다.",
        "제 역할은 %s 기반의 모니터링 체계를 만들고 %s 이슈에 대응하는 것이었습니다.",
        "%s를 도입해 고객이 %s 상황을 스스로 파악할 수 있게 하기로 했습니다.",
        "2주 안에 %s 환경을 구축하고 %s 문제의 재발을 막아야 했습니다.",
    };
    private static final String[] KO_ACTION = {
        "먼저 %s 로그를 분석해 가설을 %d개 세우고 하나씩 검증했습니다.",
        "%s 설정 중 관련 옵션을 찾아 적용했고, 부하 테스트를 %d번 더 요청해 값을 조정했습니다.",
        "%s와 논의하여 오류 발생 시 특정 로그 패턴을 남기도록 하고, %s에서 알람을 보내도록 구성했습니다.",
        "모든 어플리케이션 파드에 사이드카 형식으로 %s 컨테이너를 추가하고 %s 권한을 정리했습니다.",
        "관련 문서를 찾아보며 %s의 동작 방식을 확인했고, 퇴근 후에도 %s 강의를 들으며 부족한 부분을 채웠습니다.",
        "%s에게 변경 내용을 설명드리고 %s 적용 전후를 비교한 자료를 공유했습니다.",
    };
    private static final String[] KO_RESULT = {
        "결과적으로 응답 시간이 %d%% 줄었고 운영 서버까지 적용되었습니다.",
        "고객분들에게 '잘해주셨다'는 칭찬을 받았고 이후 %s 구성이 다른 프로젝트의 표준이 되었습니다.",
        "일정 안에 개발/운영 환경을 모두 구축했고 %s 관련 장애는 %d개월 동안 한 번도 발생하지 않았습니다.",
        "이 경험으로 %s에 대해 깊이 이해하게 되었고, 팀 내부 가이드 문서로 정리해 공유했습니다.",
    };
    private static final String[] KO_SENTENCE = {
        "%s 프로젝트에서 %s를 사용해 서비스를 연계한 경험이 있습니다.",
        "%s 문제를 해결하기 위해 %s 문서를 찾아보고 직접 테스트해 보았습니다.",
        "이 부분은 %s 관점에서 다시 한번 복기해 볼 필요가 있습니다.",
        "%s는 %s와 비교했을 때 설정이 간편하고 운영 부담이 적다고 생각합니다.",
        "현재 맡고 있는 업무에서는 %s와 %s를 연계하여 하나의 포탈에서 관리할 수 있도록 하고 있습니다.",
        "%s에게 먼저 상황을 공유하고 우선순위를 함께 정한 뒤 작업을 진행했습니다.",
        "배운 내용은 항상 기록해 두고 %s 같은 새로운 기술을 프로젝트에 응용하려고 노력합니다.",
        "장애가 발생했을 때 %s를 통해 원인을 빠르게 파악할 수 있도록 대시보드를 만들었습니다.",
        "고객의 비즈니스 목표에 맞춰 %s와 %s를 고려한 아키텍처를 제안했습니다.",
    };
    private static final String[] KO_QUESTION = {
        "왜 이 회사에 지원하셨나요?", "가장 어려웠던 프로젝트는 무엇이었나요?", "%s에 대해 설명해보세요.",
        "%s와 %s의 차이를 설명해보세요.", "본인의 장점과 단점은 무엇인가요?", "고객에게 만족스러운 경험을 제공한 적이 있나요?",
        "상사와 갈등을 겪었던 경험이 있나요?", "주인의식을 가지고 일한 경험을 말씀해 주세요.", "%s 장애를 어떻게 해결하셨나요?",
        "정보가 불충분한 상황에서 빠르게 의사결정을 내려본 경험이 있나요?", "이직할 회사를 고르는 가장 큰 기준은 무엇인가요?",
        "%s를 사용해 보셨나요?", "동료가 어려움을 겪을 때 도움을 준 경험이 있나요?", "서울에서 일할 수 있나요?",
        "%s 환경에서 비용을 줄이기 위해 무엇을 했나요?", "단기적인 성과보다 장기적인 가치를 둔 경험이 있나요?",
    };
    private static final String[] KO_HEADLINE = {"고객 편의 제공", "신뢰를 얻어야 함", "고객에게 불만을 제공해주었던 적",
        "상사와의 갈등을 겪었던 경험", "일정과 품질", "스스로 찾아서 한 일", "비용 최적화"};
    private static final String[] KO_STORY_TITLE = {"%s 서비스 도입", "%s 장애 대응", "%s 기반 알람 서비스", "%s 성능 개선",
        "%s 프로젝트 긴급 투입", "%s 비용 최적화", "%s 배포 자동화"};
    private static final String[] EN_SITUATION = {
        "During the %s project the %s setup was finished, but %s kept showing up in the final tests.",
        "Two weeks before launch, our customer reported %s on the %s cluster, and nobody owned the problem.",
        "I joined the %s project after the previous engineer went on sick leave; the %s environment still suffered from %s.",
    };
    private static final String[] EN_TASK = {
        "My task was to bring %s to the team and make %s visible to the customer.",
        "I had to rebuild the %s pipeline within two weeks without breaking %s.",
        "I owned the monitoring of %s and every incident around %s during the load tests.",
    };
    private static final String[] EN_ACTION = {
        "I analysed the %s logs, wrote down %d hypotheses and tested them one by one.",
        "I added a %s sidecar to every pod and set up alerts in %s.",
        "I walked the %s through the change and shared before-and-after numbers for %s.",
        "I read the %s documentation in the evenings and rehearsed the migration on a copy of %s.",
    };
    private static final String[] EN_RESULT = {
        "Response times dropped by %d%% and the setup went to production.",
        "The customer adopted %s as their standard and we had no related incident for %d months.",
        "We met the deadline; the %s guide I wrote is still used by the team.",
    };
    private static final String[] EN_QUESTION = {
        "Why do you want to work here?", "Tell me about a time you disagreed with your manager.",
        "How would you explain %s to a customer?", "What was the hardest bug you fixed with %s?",
        "Tell me about a calculated risk you took.", "How do you keep learning?",
    };
    private static final String[] EN_FILLER = {
        "Our goal during the session is to introduce you to our team and gauge your fit for the role.",
        "We would look for strong examples and data points around our leadership principles.",
        "You will be speaking directly with a manager or member of the team that is currently working in this space.",
        "Please prepare examples that show how you work backwards from the customer.",
        "Each interviewer focuses on two or three principles and asks follow-up questions.",
        "Answers in the STAR format help the interviewer follow your story.",
    };

    private final Random r;

    Phrases(Random r) {
        this.r = r;
    }

    String pick(String[] pool) {
        return pool[r.nextInt(pool.length)];
    }

    List<String> some(String[] pool, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String s = pick(pool);
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Fills {@code %s} with project, tech, problem or person in turn, and {@code %d} with a number. */
    private String fill(String template, String[]... pools) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int arg = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char k = template.charAt(++i);
                if (k == 's') {
                    out.append(pick(pools[Math.min(arg++, pools.length - 1)]));
                } else if (k == 'd') {
                    out.append(2 + r.nextInt(40));
                } else {
                    out.append(k);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    String koreanSituation() {
        return fill(pick(KO_SITUATION), PROJECTS, TECH, PROBLEMS);
    }

    String koreanTask() {
        return fill(pick(KO_TASK), TECH, PROBLEMS);
    }

    String koreanAction() {
        String t = pick(KO_ACTION);
        return t.startsWith("%s와") || t.startsWith("%s에게") ? fill(t, PEOPLE, TECH) : fill(t, TECH, TECH);
    }

    String koreanResult() {
        return fill(pick(KO_RESULT), TECH);
    }

    String koreanSentence() {
        String t = pick(KO_SENTENCE);
        return t.startsWith("%s에게") ? fill(t, PEOPLE) : t.contains("프로젝트에서") ? fill(t, PROJECTS, TECH)
                : t.contains("관점") ? fill(t, ASPECTS) : fill(t, TECH, TECH);
    }

    String koreanParagraph(int sentences) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            out.append(i == 0 ? "" : " ").append(r.nextInt(4) == 0 ? koreanSituation() : koreanSentence());
        }
        return out.toString();
    }

    String shortKorean() {
        return pick(ASPECTS) + " " + pick(new String[] {"우수", "보통", "낮음", "높음", "검토 필요"});
    }

    String koreanQuestion() {
        return fill(pick(KO_QUESTION), TECH, TECH);
    }

    String koreanHeadline() {
        return pick(KO_HEADLINE);
    }

    String storyTitle() {
        return fill(pick(KO_STORY_TITLE), r.nextBoolean() ? TECH : PROJECTS);
    }

    String englishStoryTitle() {
        return pick(TECH) + " " + pick(new String[] {"rollout", "incident", "migration", "cost review", "alerting"});
    }

    String englishSituation() {
        return fill(pick(EN_SITUATION), PROJECTS, TECH, new String[] {"latency spikes", "a memory leak",
            "failed deployments", "lost sessions", "silent errors"});
    }

    String englishTask() {
        return fill(pick(EN_TASK), TECH, TECH);
    }

    String englishAction() {
        String t = pick(EN_ACTION);
        return t.contains("walked the") ? fill(t, new String[] {"customer", "framework owner", "team lead"}, TECH)
                : fill(t, TECH, TECH);
    }

    String englishResult() {
        return fill(pick(EN_RESULT), TECH);
    }

    String englishQuestion() {
        return fill(pick(EN_QUESTION), TECH);
    }

    String englishParagraph(int sentences) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            out.append(i == 0 ? "" : " ").append(pick(EN_FILLER));
        }
        return out.toString();
    }

    /** A Korean self-introduction, one sentence a line (the seeds write it so). */
    String koreanIntro(String company) {
        return "안녕하십니까 " + company + " " + pick(ROLES) + " 직무에 지원한 " + pick(new String[] {"김성철", "성현준",
            "이지은", "박민수", "최유진"}) + "입니다.\n"
            + "현재 " + pick(PROJECTS) + " 프로젝트에서 " + pick(TECH) + "와 " + pick(TECH) + "를 연계하는 업무를 맡고 있습니다.\n"
            + "이전 회사에서는 " + pick(PROJECTS) + " 프로젝트를 수행하며 " + pick(PROBLEMS) + " 문제를 해결했습니다.\n"
            + koreanSentence() + "\n"
            + company + "와 함께 성장하고 싶어 지원하였습니다.";
    }

    String englishIntro() {
        return "Hello, I am a cloud engineer with " + (3 + r.nextInt(10)) + " years of experience. I led the "
            + pick(PROJECTS) + " project, where I worked with " + pick(TECH) + " and " + pick(TECH) + ". "
            + englishSituation() + " " + englishResult() + " I would like to bring the same ownership to your team.";
    }

    /** GitHub's heading anchor: lower-case, keep letters, digits, spaces, hyphens; spaces become hyphens. */
    static String githubSlug(String text) {
        StringBuilder out = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}

/** The fixed files around the notes: the Maven project, Hugo's and Jekyll's configs and minimal layouts, images. */
final class Scaffolding {

    static final int IMAGES = 8;

    private Scaffolding() {
    }

    static void write(Path studysite, Path hugo, Path jekyll, String pluginVersion) {
        CorpusGenerator.writeString(studysite.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by bench/CorpusGenerator.java: a notes project, as a studysite user has one. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>studysite-bench-corpus</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.studysite</groupId>
                        <artifactId>studysite-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(pluginVersion));
        // the JVM options site:init writes for a notes project
        try {
            Files.createDirectories(studysite.resolve(".mvn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CorpusGenerator.writeString(studysite.resolve(".mvn/jvm.config"), "-XX:TieredStopAtLevel=1\n");
        CorpusGenerator.writeString(studysite.resolve("content/_config.yml"),
                "title: \"studysite bench\"\ndescription: \"Generated interview notes\"\nlang: ko\n");

        CorpusGenerator.writeString(hugo.resolve("config.toml"), """
                baseURL = "/"
                title = "studysite bench"
                languageCode = "ko"
                hasCJKLanguage = true
                # The same pages as studysite builds today: notes, a list of them, the home page, the sitemap.
                disableKinds = ["RSS", "taxonomy", "term"]
                [markup.goldmark.renderer]
                  unsafe = true
                """);
        CorpusGenerator.writeString(hugo.resolve("layouts/_default/single.html"), """
                <!DOCTYPE html>
                <html lang="ko"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
                <body><main><h1>{{ .Title }}</h1>
                <nav>{{ .TableOfContents }}</nav>
                {{ .Content }}
                </main></body></html>
                """);
        CorpusGenerator.writeString(hugo.resolve("layouts/_default/list.html"), """
                <!DOCTYPE html>
                <html lang="ko"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
                <body><main><h1>{{ .Title }}</h1><ul>
                {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>
                {{ end }}</ul></main></body></html>
                """);
        CorpusGenerator.writeString(hugo.resolve("layouts/index.html"), """
                <!DOCTYPE html>
                <html lang="ko"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
                <body><main><h1>{{ .Site.Title }}</h1><ul>
                {{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary | plainify | truncate 140 }}</li>
                {{ end }}</ul></main></body></html>
                """);

        CorpusGenerator.writeString(jekyll.resolve("_config.yml"), """
                title: studysite bench
                lang: ko
                markdown: kramdown
                kramdown:
                  input: GFM
                exclude: [Gemfile, Gemfile.lock, vendor]
                """);
        CorpusGenerator.writeString(jekyll.resolve("_layouts/note.html"), """
                <!DOCTYPE html>
                <html lang="ko"><head><meta charset="utf-8"><title>{{ page.title }} · {{ site.title }}</title></head>
                <body><main><h1>{{ page.title }}</h1>
                {{ content }}
                </main></body></html>
                """);
        CorpusGenerator.writeString(jekyll.resolve("index.html"), """
                ---
                title: Home
                ---
                <!DOCTYPE html>
                <html lang="ko"><head><meta charset="utf-8"><title>{{ site.title }}</title></head>
                <body><main><h1>{{ site.title }}</h1><ul>
                {% for p in site.pages %}{% if p.layout == "note" %}<li><a href="{{ p.url | relative_url }}">{{ p.title }}</a> {{ p.date | date: "%Y-%m-%d" }}</li>
                {% endif %}{% endfor %}</ul></main></body></html>
                """);
        CorpusGenerator.writeString(jekyll.resolve("sitemap.xml"), """
                ---
                layout: null
                ---
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                {% for p in site.pages %}{% if p.layout == "note" %}<url><loc>{{ p.url | absolute_url }}</loc></url>
                {% endif %}{% endfor %}</urlset>
                """);

        for (int i = 0; i < IMAGES; i++) {
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"><text x=\"4\" y=\"24\">"
                    + "diagram " + i + "</text></svg>\n";
            CorpusGenerator.writeString(studysite.resolve("content/images/diagram-" + i + ".svg"), svg);
            CorpusGenerator.writeString(hugo.resolve("static/images/diagram-" + i + ".svg"), svg);
            CorpusGenerator.writeString(jekyll.resolve("images/diagram-" + i + ".svg"), svg);
        }
    }
}
