package io.github.studysite.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
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
import io.github.studysite.model.Note;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one configured flexmark parser and renderer, built once and shared by every note and thread (both are
 * stateless per call). Options: GitHub tables, strikethrough, task lists, autolinks and footnotes; raw HTML kept
 * (sanitised later). What is special to notes happens here too: tab-indented prose is de-indented, Korean emphasis
 * is repaired, and headings get GitHub's ids.
 */
public final class MarkdownEngine {

    /** Ids for nodes of one document: headings, and the anchors the study extractor adds. */
    static final DataKey<Map<Node, String>> ANCHORS = new DataKey<>("STUDYSITE_ANCHORS", Map.of());
    /** Where links of one document point. */
    static final DataKey<LinkRewriter> LINKS = new DataKey<>("STUDYSITE_LINKS", LinkRewriter.NONE);

    private static final Pattern OMIT_FROM_TOC = Pattern.compile("<!--\\s*omit from toc\\s*-->", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEDENT_PASSES = 4;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlRenderer lineBreakRenderer;

    public MarkdownEngine() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        // Line numbers of nodes (table of contents, de-indentation, problem positions) by binary search over the
        // line starts the parser records; without it, flexmark rescans the note from its start on every call, which
        // made the table of contents alone ~8% of a 10,000-note build (BENCHMARKS.md, profile).
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        this.parser = Parser.builder(options).build();
        this.renderer = rendererBuilder(options).build();
        MutableDataSet breaks = new MutableDataSet(options);
        breaks.set(HtmlRenderer.SOFT_BREAK, "<br />\n");
        this.lineBreakRenderer = rendererBuilder(breaks).build();
    }

    private static HtmlRenderer.Builder rendererBuilder(MutableDataSet options) {
        return HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return MarkdownEngine::setAnchor;
                    }
                })
                .linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public LinkResolver apply(LinkResolverBasicContext context) {
                        return MarkdownEngine::resolve;
                    }
                });
    }

    /** Parses a note's body, de-indenting tab-structured prose, repairing CJK emphasis and numbering headings. */
    public ParsedNote parse(Note note) {
        String body = note.body();
        Document document = parser.parse(body);
        for (int pass = 0; pass < MAX_DEDENT_PASSES; pass++) {
            String dedented = ProseIndentation.dedentProse(body, document);
            if (dedented.equals(body)) {
                break;
            }
            body = dedented;
            document = parser.parse(body);
        }
        CjkEmphasis.fix(document);
        Map<Heading, String> ids = HeadingIds.assign(document, new HashSet<>());
        return new ParsedNote(note, document, ids, toc(document, ids), body);
    }

    /**
     * Renders a parsed note's body to HTML.
     *
     * @param parsed     the note
     * @param anchors    extra ids for nodes (study anchors), besides the headings' ids
     * @param links      where links point
     * @param lineBreaks whether single newlines render as line breaks (plain-text notes are written line by line)
     */
    public String render(ParsedNote parsed, Map<Node, String> anchors, LinkRewriter links, boolean lineBreaks) {
        Map<Node, String> all = new IdentityHashMap<>(parsed.headingIds());
        all.putAll(anchors);
        Document document = parsed.document();
        HeadingLevels.closeGaps(document);
        document.set(ANCHORS, all);
        document.set(LINKS, links);
        return (lineBreaks ? lineBreakRenderer : renderer).render(document);
    }

    private static void setAnchor(Node node, AttributablePart part, MutableAttributes attributes) {
        if (part != AttributablePart.NODE && part != CoreNodeRenderer.TIGHT_LIST_ITEM
                && part != CoreNodeRenderer.LOOSE_LIST_ITEM) {
            return;
        }
        String id = ANCHORS.get(node.getDocument()).get(node);
        if (id != null) {
            attributes.replaceValue("id", id);
        }
    }

    private static ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        LinkRewriter rewriter = LINKS.get(node.getDocument());
        boolean image = link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF;
        String url = rewriter.rewrite(link.getUrl(), image, node);
        return url.equals(link.getUrl()) ? link : link.withUrl(url);
    }

    private static List<TocEntry> toc(Document document, Map<Heading, String> ids) {
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
                entries.add(new TocEntry(heading.getLevel(), NodeText.of(heading).strip(), ids.get(heading),
                        heading.getStartLineNumber() + 1, omitted));
            }
        }
        return entries;
    }
}
