package io.github.studysite.util;

import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place YAML is read: front matter, {@code _config.yml} and {@code _data/*.yml}. Loading is safe (plain maps,
 * lists and scalars only: a {@code !!java.lang.Runtime} tag is refused) and bounded, so an alias bomb, a recursive
 * anchor or a giant document in someone's notes cannot take the build down. Before anything is constructed the
 * document's events are walked once ({@link Guard}): an alias inside the collection it names, a document whose
 * aliases expand past {@link #MAX_EXPANDED} values, or nesting past {@link #MAX_DEPTH} is refused at the position
 * snakeyaml marks; a key written twice is read as Jekyll reads it (the last one wins) with a warning. Errors are
 * reported at the file position snakeyaml marks, shifted by where the YAML starts inside the file.
 */
public final class SafeYaml {

    /** A {@code _data} or {@code _config.yml} file larger than this is refused before it is read. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Aliases a document may expand: enough for real front matter, far too few for a "billion laughs" bomb. */
    static final int MAX_ALIASES = 50;
    /** Values a document may hold once its aliases are expanded: ten times the largest real data file seen. */
    static final int MAX_EXPANDED = 1_000_000;
    /** Nesting depth a document may reach. */
    public static final int MAX_DEPTH = 50;
    /** Code points a single YAML document may have (front matter is small; data files are bounded too). */
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    /** Columns a tab in the indentation is read as, when a document only parses with its tabs expanded. */
    static final int TAB_WIDTH = 2;

    private static final Pattern TAB_INDENTED = Pattern.compile("^ *\\t[ \\t]*", Pattern.MULTILINE);

    private SafeYaml() {
    }

    /** How a problem about YAML that is not a mapping starts; {@code "a list"} or another kind follows. */
    public static final String NOT_A_MAPPING = "YAML must be a mapping of keys to values (key: value), found ";

    /**
     * Parses {@code yaml} into a map.
     *
     * @param yaml      the YAML text
     * @param path      the file it comes from, for problem reports
     * @param firstLine the 1-based file line where the YAML text starts
     * @param problems  where a syntax error goes
     * @return the top-level mapping; empty when the document is empty; absent when it is broken or not a mapping
     */
    public static Optional<Map<String, Object>> loadMap(String yaml, String path, int firstLine, Problems problems) {
        return load(yaml, path, firstLine, problems).map(DataMap::values);
    }

    /**
     * Parses {@code yaml} into a map with the position of each top-level key. A document that only fails because
     * it is indented with tabs (YAML allows spaces only) is read with its tabs expanded, with a warning.
     *
     * @return as {@link #loadMap}
     */
    public static Optional<DataMap> load(String yaml, String path, int firstLine, Problems problems) {
        Problems attempt = new Problems();
        Optional<DataMap> read = parse(yaml, path, firstLine, attempt);
        Matcher tab = TAB_INDENTED.matcher(yaml);
        if (read.isEmpty() && tab.find()) {
            Problems expanded = new Problems();
            Optional<DataMap> retried = parse(expandTabs(yaml), path, firstLine, expanded);
            if (retried.isPresent()) {
                int line = firstLine + (int) yaml.substring(0, tab.start()).chars().filter(c -> c == '\n').count();
                int column = yaml.indexOf('\t', tab.start()) - tab.start() + 1;
                problems.warn(Stage.SOURCE, path, line, column, "tab used for indentation; read as " + TAB_WIDTH
                        + " spaces per tab (YAML indents with spaces only): replace the tabs with spaces");
                attempt = expanded;
                read = retried;
            }
        }
        attempt.sorted().forEach(problems::add);
        return read;
    }

    /**
     * The node tree of a document {@link #load} accepted, so that a reader can report a value at its own line and
     * column; a tab-indented document is composed with its tabs expanded, as {@link #load} reads it.
     */
    public static Optional<Node> compose(String yaml) {
        List<String> texts = TAB_INDENTED.matcher(yaml).find() ? List.of(yaml, expandTabs(yaml)) : List.of(yaml);
        for (String text : texts) {
            try {
                return Optional.ofNullable(newYaml().compose(new StringReader(text)));
            } catch (RuntimeException e) {
                // the next reading, or none: load has reported why
            }
        }
        return Optional.empty();
    }

    private static Optional<DataMap> parse(String yaml, String path, int firstLine, Problems problems) {
        Yaml parser = newYaml();
        Object value;
        Guard guard = new Guard(path, firstLine, problems);
        try {
            for (Event event : parser.parse(new StringReader(yaml))) {
                if (!guard.accept(event)) {
                    return Optional.empty();
                }
            }
            value = parser.load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 0 : mark.getColumn() + 1;
            problems.error(Stage.SOURCE, path, line, column, "invalid YAML: " + explain(describe(e)));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(Stage.SOURCE, path, firstLine, 0, "invalid YAML: " + explain(firstLine(e.getMessage())));
            return Optional.empty();
        }
        if (value == null) {
            return Optional.of(DataMap.EMPTY);
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.error(Stage.SOURCE, path, firstLine, 1,
                    NOT_A_MAPPING + kind(value));
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        return Optional.of(new DataMap(values, guard.topKeys));
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        // Jekyll (Ruby's Psych) keeps the last of two equal keys; the Guard warns about them
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        return new Yaml(new StrictConstructor(options));
    }

    private static String expandTabs(String yaml) {
        Matcher m = TAB_INDENTED.matcher(yaml);
        StringBuilder out = new StringBuilder(yaml.length() + 64);
        while (m.find()) {
            StringBuilder indent = new StringBuilder();
            for (char c : m.group().toCharArray()) {
                indent.append(c == '\t' ? " ".repeat(TAB_WIDTH - indent.length() % TAB_WIDTH) : " ");
            }
            m.appendReplacement(out, indent.toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Walks a document's events before it is constructed: refuses what would recurse or grow without bound, warns
     * about keys written twice, and notes where each top-level key is.
     */
    private static final class Guard {

        /** One open mapping or sequence. */
        private static final class Frame {
            final String anchor;
            final Map<String, Mark> keys;
            boolean expectKey = true;
            long size;

            Frame(String anchor, boolean mapping) {
                this.anchor = anchor;
                this.keys = mapping ? new HashMap<>() : null;
            }
        }

        private final String path;
        private final int firstLine;
        private final Problems problems;
        private final Deque<Frame> open = new ArrayDeque<>();
        /** Values each anchor stands for once expanded. */
        private final Map<String, Long> sizes = new HashMap<>();
        private final java.util.Set<String> collections = new java.util.HashSet<>();
        private int collectionAliases;
        final Map<String, Position> topKeys = new HashMap<>();

        Guard(String path, int firstLine, Problems problems) {
            this.path = path;
            this.firstLine = firstLine;
            this.problems = problems;
        }

        /** @return false when the document is refused (reported) */
        boolean accept(Event event) {
            if (event instanceof CollectionEndEvent) {
                Frame done = open.pop();
                long size = done.size + 1;
                if (done.anchor != null) {
                    sizes.put(done.anchor, size);
                    collections.add(done.anchor);
                }
                return completed(size, event.getStartMark());
            }
            if (!(event instanceof NodeEvent node)) {
                return true;
            }
            Frame parent = open.peek();
            if (parent != null && parent.keys != null && parent.expectKey && event instanceof ScalarEvent key) {
                noteKey(parent, key);
            }
            if (event instanceof AliasEvent alias) {
                for (Frame f : open) {
                    if (alias.getAnchor().equals(f.anchor)) {
                        return refuse(event.getStartMark(), "alias *" + alias.getAnchor() + " is inside the value "
                                + "&" + alias.getAnchor() + " names, which would make it contain itself without end: "
                                + "recursive structures are refused");
                    }
                }
                if (collections.contains(alias.getAnchor()) && ++collectionAliases > MAX_ALIASES) {
                    return refuse(event.getStartMark(), explain("Number of aliases for non-scalar nodes exceeds"));
                }
                return completed(sizes.getOrDefault(alias.getAnchor(), 1L), event.getStartMark());
            }
            if (event instanceof CollectionStartEvent start) {
                if (open.size() >= MAX_DEPTH) {
                    return refuse(event.getStartMark(), "nested more than " + MAX_DEPTH + " levels deep");
                }
                open.push(new Frame(start.getAnchor(), event instanceof MappingStartEvent));
                return true;
            }
            if (node.getAnchor() != null) {
                sizes.put(node.getAnchor(), 1L);
            }
            return completed(1, event.getStartMark());
        }

        private void noteKey(Frame mapping, ScalarEvent key) {
            String name = key.getValue();
            if (name.equals("<<")) {
                return;
            }
            Mark mark = key.getStartMark();
            Mark earlier = mapping.keys.put(name, mark);
            if (earlier != null) {
                problems.warn(Stage.SOURCE, path, line(mark), mark.getColumn() + 1, "key '" + name + "' is written "
                        + "twice (first at line " + line(earlier) + "); the last value is used, as Jekyll does: "
                        + "remove one of them");
            }
            if (open.size() == 1) {
                topKeys.put(name, new Position(line(mark), mark.getColumn() + 1));
            }
        }

        /** A value of {@code size} expanded values ended: counts it in the collection that holds it. */
        private boolean completed(long size, Mark mark) {
            Frame parent = open.peek();
            if (parent == null) {
                return true;
            }
            parent.size += size;
            parent.expectKey = !parent.expectKey;
            if (parent.size > MAX_EXPANDED) {
                return refuse(mark, "aliases (*name) expand this document past " + MAX_EXPANDED + " values: "
                        + "refused, a document built from aliases can grow without bound");
            }
            return true;
        }

        private boolean refuse(Mark mark, String message) {
            problems.error(Stage.SOURCE, path, line(mark), mark.getColumn() + 1, "invalid YAML: " + message);
            return false;
        }

        private int line(Mark mark) {
            return firstLine + mark.getLine();
        }
    }

    /**
     * Safe construction whose timestamps are {@code java.time} values read strictly: {@code 2024-02-30} stays the
     * text it is (the note reader reports it at its line) instead of rolling over to March as snakeyaml's lenient
     * calendar would; a time keeps the date as written rather than the date in UTC.
     */
    private static final class StrictConstructor extends SafeConstructor {

        private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)"
                + "(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{0,9})\\d*)?(?:[ \\t]*(Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?");

        StrictConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlTimestamp() {
                @Override
                public Object construct(Node node) {
                    String text = ((ScalarNode) node).getValue();
                    return timestamp(text).orElse(text);
                }
            });
        }

        static Optional<Object> timestamp(String text) {
            Matcher m = TIMESTAMP.matcher(text.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return Optional.of(date);
                }
                String fraction = m.group(7) == null ? "" : m.group(7);
                int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
                LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6)), nanos);
                return Optional.of(OffsetDateTime.of(date, time, offset(m.group(8))));
            } catch (java.time.DateTimeException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        private static ZoneOffset offset(String zone) {
            if (zone == null || zone.equals("Z")) {
                return ZoneOffset.UTC;
            }
            String digits = zone.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
            int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
            int sign = zone.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
    }

    /** snakeyaml's wording for the refusals that protect the build, followed by what they mean for a note. */
    private static String explain(String message) {
        if (message.startsWith("Global tag is not allowed: tag:yaml.org,2002:")) {
            return "tag !!" + message.substring("Global tag is not allowed: tag:yaml.org,2002:".length()) + " refused: "
                    + "front matter holds plain values, lists and maps only";
        }
        if (message.startsWith("Global tag is not allowed: ") || message.startsWith("could not determine a constructor "
                + "for the tag ")) {
            String tag = message.substring(message.lastIndexOf(' ') + 1);
            return "tag " + tag + " refused: front matter holds plain values, lists and maps only";
        }
        if (message.startsWith("Number of aliases for non-scalar nodes exceeds")) {
            return "more than " + MAX_ALIASES + " aliases (*name) refused: a document built from aliases can grow "
                    + "without bound";
        }
        if (message.startsWith("The incoming YAML document exceeds the limit")) {
            return "document too large (more than " + MAX_CODE_POINTS + " characters); front matter and data files "
                    + "are meant to be small";
        }
        if (message.startsWith("Nesting Depth exceeded")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        return message;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null) {
            return firstLine(e.getMessage());
        }
        return context == null ? problem : problem + " (" + context + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String kind(Object value) {
        if (value instanceof List<?>) {
            return "a list";
        }
        return "a single value";
    }
}
