package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import io.github.studysite.safety.HtmlSanitizer;
import io.github.studysite.safety.UrlSafety;
import io.github.studysite.model.Note;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one configured flexmark parser and renderer, built once and shared by every note and thread (both are
 * stateless per call). Options: GitHub tables, strikethrough, task lists, autolinks and footnotes. What is special to
 * notes happens here too: tab-indented prose is de-indented, Korean emphasis is repaired, and headings get GitHub's
 * ids. Safety happens here as well, where it costs least: notes nested too deeply to render are refused before
 * parsing ({@link NestingLimit}); raw HTML is sanitised node by node ({@link RawHtmlRenderer}); and link and image
 * addresses that would run script are dropped while links are resolved — unless the build allows unsafe HTML.
 */
public final class MarkdownEngine {

    /** Ids for nodes of one document: headings, and the anchors the study extractor adds. */
    static final DataKey<Map<Node, String>> ANCHORS = new DataKey<>("STUDYSITE_ANCHORS", Map.of());
    /** Where links of one document point. */
    static final DataKey<UnsafeTally> LINKS = new DataKey<>("STUDYSITE_LINKS",
            () -> new UnsafeTally(LinkRewriter.NONE));
    /** kramdown attribute lists of one document, by the element they belong to (allowed already). */
    static final DataKey<Map<Node, Map<String, String>>> IALS = new DataKey<>("STUDYSITE_IALS", Map.of());
    /** Links and images of one document whose address was dropped as unsafe: rendered without it. */
    static final DataKey<Set<Node>> UNSAFE_LINKS = new DataKey<>("STUDYSITE_UNSAFE_LINKS", Set.of());
    /** Addresses, as written, of images of one document whose file is not in the site ({@link MissingImages}). */
    static final DataKey<Set<String>> MISSING_IMAGES = new DataKey<>("STUDYSITE_MISSING_IMAGES", Set.of());
    /** How deeply the raw HTML of one document has nested so far, carried from piece to piece. */
    static final DataKey<HtmlSanitizer.Nesting> HTML_NESTING = new DataKey<>("STUDYSITE_HTML_NESTING",
            HtmlSanitizer.Nesting::new);

    private static final Pattern OMIT_FROM_TOC = Pattern.compile("<!--\\s*omit from toc\\s*-->", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEDENT_PASSES = 4;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlRenderer lineBreakRenderer;
    private final boolean allowUnsafeHtml;

    /** The engine for published sites: raw HTML sanitised, script addresses dropped. */
    public MarkdownEngine() {
        this(false);
    }

    /**
     * @param allowUnsafeHtml publish raw HTML and link addresses as written, scripts included (the author's explicit
     *                        choice, for a site only they will read)
     */
    public MarkdownEngine(boolean allowUnsafeHtml) {
        this.allowUnsafeHtml = allowUnsafeHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), Autolinks.create(), FootnoteExtension.create(),
                AttributesExtension.create(), DefinitionExtension.create(), AbbreviationExtension.create()));
        // kramdown's IAL syntax ({: .x}) is read by the attributes extension; KramdownAttributes places them
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        // HTML, not XHTML: the shorter void tag
        options.set(HtmlRenderer.HARD_BREAK, "<br>\n");
        // Line numbers of nodes (table of contents, de-indentation, problem positions) by binary search over the
        // line starts the parser records; without it, flexmark rescans the note from its start on every call, a cost
        // that grows with the square of the note's length.
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        // flexmark silently renders javascript: links as bare text; resolve() decides instead, and says so
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)");
        this.parser = Parser.builder(options).build();
        this.renderer = rendererBuilder(this, options).build();
        MutableDataSet breaks = new MutableDataSet(options);
        breaks.set(HtmlRenderer.SOFT_BREAK, "<br>\n");
        this.lineBreakRenderer = rendererBuilder(this, breaks).build();
    }

    private static HtmlRenderer.Builder rendererBuilder(MarkdownEngine engine, MutableDataSet options) {
        return HtmlRenderer.builder(options)
                .nodeRendererFactory(dataHolder -> new RawHtmlRenderer(!engine.allowUnsafeHtml))
                .nodeRendererFactory(dataHolder -> new MissingImages())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return MarkdownEngine::setAnchor;
                    }
                })
                .linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public LinkResolver apply(LinkResolverBasicContext context) {
                        return engine::resolve;
                    }
                });
    }

    /**
     * Parses a note's body, de-indenting tab-structured prose, repairing CJK emphasis and numbering headings.
     *
     * A paragraph too costly to parse as written is left out ({@link InlineHtmlLimit}) and listed in
     * {@link ParsedNote#refused()}.
     *
     * @throws TooDeepException when the note nests lists or quotes too deeply to render
     */
    public ParsedNote parse(Note note) {
        return parse(note, null);
    }

    /**
     * {@link #parse(Note)} for a body Liquid rendered, whose lines are not the file's.
     *
     * @param fileLines the file line of each line of the note's body, or null when they are the file's
     */
    public ParsedNote parse(Note note, int[] fileLines) {
        InlineHtmlLimit.Checked checked = InlineHtmlLimit.check(note.body());
        String body = KramdownDirectives.blank(checked.body());
        try {
            NestingLimit.check(body);
        } catch (NestingLimit.TooDeepException e) {
            throw new TooDeepException(e.line(), e.getMessage());
        }
        Document document = SourceLines.fileLines(SourceLines.index(parser.parse(body), body), fileLines);
        for (int pass = 0; pass < MAX_DEDENT_PASSES; pass++) {
            String dedented = ProseIndentation.dedentProse(body, document);
            if (dedented.equals(body)) {
                break;
            }
            body = dedented;
            document = SourceLines.fileLines(SourceLines.index(parser.parse(body), body), fileLines);
        }
        KramdownAttributes.Found ials = KramdownAttributes.apply(document);
        document.set(IALS, ials.attributes());
        CjkEmphasis.fix(document);
        Map<Heading, String> ids = HeadingIds.assign(document, new HashSet<>());
        ials.attributes().forEach((node, attributes) -> {
            if (node instanceof Heading heading && attributes.containsKey("id")) {
                ids.put(heading, attributes.get("id"));
            }
        });
        List<TocEntry> toc = toc(document, ids, ials.attributes());
        ials.tocLists().forEach(list -> KramdownToc.replace(list, toc, parser, ials.attributes()));
        List<ParsedNote.Refusal> refused = checked.refusals().stream().map(r -> fileLines == null
                || r.line() > fileLines.length ? r : new ParsedNote.Refusal(fileLines[r.line() - 1], r.message())).toList();
        List<LeadIns.LeadIn> leadIns = LeadIns.find(document, body, toc.stream().filter(e -> !e.omitted()).count(),
                new HashSet<>(ids.values()));
        return new ParsedNote(note, document, ids, toc, body, ials.removed().stream()
                .map(r -> new ParsedNote.Unsafe(r.what(), r.node())).toList(), refused, leadIns);
    }

    /**
     * Renders a parsed note's body to HTML.
     *
     * @param parsed     the note
     * @param anchors    extra ids for blocks of the note's outline, by block number (study anchors), besides the
     *                   headings' ids
     * @param links      where links point
     * @param lineBreaks whether single newlines render as line breaks (plain-text notes are written line by line)
     */
    public String render(ParsedNote parsed, Map<Integer, String> anchors, LinkRewriter links, boolean lineBreaks) {
        Map<Node, String> all = new IdentityHashMap<>(parsed.headingIds());
        // a lead-in's block the extractor anchored keeps the extractor's id (ParsedNote#pageToc links to it)
        parsed.leadIns().forEach(l -> all.put(l.node(), l.entry().id()));
        anchors.forEach((block, id) -> all.put(parsed.node(block), id));
        Document document = parsed.document();
        HeadingLevels.closeGaps(document);
        document.set(ANCHORS, all);
        UnsafeTally tally = new UnsafeTally(links);
        document.set(LINKS, tally);
        document.set(UNSAFE_LINKS, Collections.newSetFromMap(new IdentityHashMap<>()));
        document.set(MISSING_IMAGES, new HashSet<>());
        document.set(HTML_NESTING, new HtmlSanitizer.Nesting());
        if (!allowUnsafeHtml) {
            parsed.unsafe().forEach(u -> tally.removedUnsafe(List.of(u.what()), u.node()));
        }
        String html = (lineBreaks ? lineBreakRenderer : renderer).render(document);
        tally.report();
        return html;
    }

    private static void setAnchor(Node node, AttributablePart part, MutableAttributes attributes) {
        if (part == AttributablePart.LINK && UNSAFE_LINKS.get(node.getDocument()).contains(node)) {
            attributes.remove("href");
            attributes.remove("src");
        }
        boolean linkLike = node instanceof com.vladsch.flexmark.ast.Link || node instanceof com.vladsch.flexmark.ast.Image;
        if (linkLike ? part == AttributablePart.LINK : part == AttributablePart.NODE
                || part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM) {
            IALS.get(node.getDocument()).getOrDefault(node, Map.of()).forEach((name, value) -> {
                if (name.equals("class")) {
                    attributes.addValue("class", value);
                } else if (!(name.equals("id") && node instanceof Heading)) { // a heading's id is in ANCHORS
                    attributes.replaceValue(name, value);
                }
            });
        }
        if (part != AttributablePart.NODE && part != CoreNodeRenderer.TIGHT_LIST_ITEM
                && part != CoreNodeRenderer.LOOSE_LIST_ITEM) {
            return;
        }
        String id = ANCHORS.get(node.getDocument()).get(node);
        if (id != null) {
            attributes.replaceValue("id", id);
        }
    }

    /**
     * The link-resolution step: the note's {@link LinkRewriter} says where a link points; then an address that would
     * run script ({@link UrlSafety}) is dropped, and the link renders as its text alone (the image without a source).
     */
    private ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (node instanceof RefNode ref && !ref.isDefined()) {
            return link; // [x] with no reference definition is text: nothing to resolve, nothing to warn about
        }
        UnsafeTally rewriter = LINKS.get(node.getDocument());
        boolean image = link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF;
        String written = link.getUrl();
        if (!allowUnsafeHtml && !UrlSafety.isSafe(written, image)) {
            UNSAFE_LINKS.get(node.getDocument()).add(node);
            rewriter.removedUnsafe(List.of((image ? "src=" : "href=") + UrlSafety.scheme(written) + ":"), node);
            return link.withUrl("");
        }
        if (node instanceof MailLink) {
            return link; // an e-mail address written as is; the renderer adds mailto:
        }
        String url = rewriter.rewrite(written, image, node);
        if (url == null && image) {
            MISSING_IMAGES.get(node.getDocument()).add(written);
        }
        return url == null || url.equals(written) ? link : link.withUrl(url);
    }

    /** A note nested too deeply to render; {@link #line()} says where. */
    public static final class TooDeepException extends RuntimeException {
        private final int line;

        TooDeepException(int line, String message) {
            super(message);
            this.line = line;
        }

        /** 1-based line of the note. */
        public int line() {
            return line;
        }
    }

    private static List<TocEntry> toc(Document document, Map<Heading, String> ids,
                                      Map<Node, Map<String, String>> ials) {
        List<TocEntry> entries = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                boolean omitted = false;
                for (Node child : heading.getChildren()) {
                    if ((child instanceof HtmlInline || child instanceof HtmlInlineComment)
                            && OMIT_FROM_TOC.matcher(child.getChars()).find()) {
                        omitted = true;
                    }
                }
                // kramdown leaves headings of class no_toc out of its table of contents
                String classes = ials.getOrDefault(heading, Map.of()).getOrDefault("class", "");
                omitted |= List.of(classes.split("\\s+")).contains("no_toc");
                entries.add(new TocEntry(heading.getLevel(), NodeText.of(heading).strip(), ids.get(heading),
                        SourceLines.startLine(heading), omitted));
            }
        }
        return entries;
    }
}
