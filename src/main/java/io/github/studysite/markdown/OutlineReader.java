package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.markdown.NoteOutline.Inline;
import io.github.studysite.markdown.NoteOutline.Kind;
import io.github.studysite.util.LineIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads a parsed document into its {@link NoteOutline}, numbering the nodes it names so ids can find them later. */
final class OutlineReader {

    private final LineIndex index;
    private final Numbers numbers;
    private final Consumer<NoteOutline.Block> blocks;

    private OutlineReader(Document document, Numbers numbers, Consumer<NoteOutline.Block> blocks) {
        this.index = SourceLines.of(document);
        this.numbers = numbers;
        this.blocks = blocks;
    }

    /** The block numbers of one document's nodes: the same node gets the same number on every reading. */
    static final class Numbers {
        private final List<Node> nodes = new ArrayList<>();
        private final Map<Node, Integer> numbers = new IdentityHashMap<>();

        int number(Node node) {
            return numbers.computeIfAbsent(node, n -> {
                nodes.add(n);
                return nodes.size() - 1;
            });
        }

        Node node(int number) {
            return nodes.get(number);
        }
    }

    /** Hands each block of the document to {@code blocks}, in document order. */
    static void readBlocks(Document document, Numbers numbers, Consumer<NoteOutline.Block> blocks) {
        OutlineReader reader = new OutlineReader(document, numbers, blocks);
        reader.visitChildren(document);
    }

    /** The tables and heading ids of the document. */
    static NoteOutline of(Document document, Map<Heading, String> headingIds, String source, Numbers numbers) {
        OutlineReader reader = new OutlineReader(document, numbers, block -> { });
        List<NoteOutline.Table> tables = source.indexOf('|') < 0 ? List.of() : reader.tables(document);
        Map<Integer, String> ids = new HashMap<>();
        headingIds.forEach((heading, id) -> ids.put(numbers.number(heading), id));
        return new NoteOutline(tables, ids);
    }

    private int number(Node node) {
        return numbers.number(node);
    }

    private int line(Node node) {
        return index.line(node.getStartOffset());
    }

    private void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
        }
    }

    private void visit(Node node) {
        if (node instanceof Heading heading) {
            blocks.accept(new NoteOutline.Heading(number(node), quoted(node), line(node), heading.getLevel(),
                    NodeText.of(heading), inlines(heading)));
        } else if (node instanceof ListItem item) {
            Node first = item.getFirstChild();
            int id = number(item);
            NoteOutline.Paragraph paragraph = first instanceof Paragraph p
                    ? new NoteOutline.Paragraph(number(p), quoted(p), id, inlines(p)) : null;
            int task = item instanceof TaskListItem t
                    ? t.isItemDoneMarker() ? NoteOutline.Item.DONE_TASK : NoteOutline.Item.OPEN_TASK : 0;
            blocks.accept(new NoteOutline.Item(id, quoted(item), line(item), index.column(item.getStartOffset()),
                    delimiter(item), task, paragraph));
            for (Node child = paragraph != null ? first.getNext() : first; child != null; child = child.getNext()) {
                visit(child);
            }
        } else if (node instanceof Paragraph paragraph) {
            int id = number(paragraph);
            blocks.accept(new NoteOutline.Paragraph(id, quoted(paragraph), id, inlines(paragraph)));
        } else if (node instanceof ThematicBreak) {
            blocks.accept(new NoteOutline.Rule(number(node), quoted(node), line(node)));
        } else if (node instanceof HtmlBlock) {
            blocks.accept(new NoteOutline.Html(number(node), quoted(node), line(node), node.getChars().toString()));
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                || node instanceof HtmlCommentBlock || node instanceof TableBlock) {
            // code holds no prose to read; tables are read whole by tables()
        } else {
            visitChildren(node);
        }
    }

    private static boolean quoted(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof BlockQuote) {
                return true;
            }
        }
        return false;
    }

    /** The inline content of a block, classified the way the extractor reads a line. */
    private List<Inline> inlines(Node parent) {
        List<Inline> inlines = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inlines.add(inline(node));
        }
        return inlines;
    }

    private Inline inline(Node node) {
        int line = line(node);
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            return leaf(Kind.BREAK, line, "");
        } else if (node instanceof Text || (node instanceof TextBase && !node.hasChildren())) {
            return leaf(Kind.TEXT, line, node.getChars().toString());
        } else if (node instanceof Code code) {
            return leaf(Kind.CODE, line, code.getText().toString());
        } else if (node instanceof HtmlEntity entity) {
            return leaf(Kind.ENTITY, line, org.jsoup.parser.Parser.unescapeEntities(entity.getChars().toString(),
                    false));
        } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
            return leaf(Kind.HTML, line, "");
        } else if (node instanceof LinkRef ref && !ref.isDefined()) {
            return leaf(Kind.BRACKETS, line, node.getChars().toString());
        } else if (node instanceof Link link) {
            return new Inline(Kind.LINK, line, "", link.getUrl().toString(), inlines(node), "", false);
        } else if (node instanceof Image) {
            return new Inline(Kind.IMAGE, line, "", "", inlines(node), "", false);
        } else if (node instanceof StrongEmphasis) {
            Node next = node.getNext();
            return new Inline(Kind.STRONG, line, NodeText.of(node), "", inlines(node),
                    next == null ? "" : next.getChars().toString(), next instanceof Text);
        }
        Kind kind = node instanceof Emphasis ? Kind.EMPHASIS : Kind.OTHER;
        return new Inline(kind, line, "", "", inlines(node), "", false);
    }

    private static Inline leaf(Kind kind, int line, String text) {
        return new Inline(kind, line, text, "", List.of(), "", false);
    }

    private static char delimiter(ListItem item) {
        if (item instanceof BulletListItem) {
            String marker = item.getOpeningMarker().toString();
            return marker.isEmpty() ? '-' : marker.charAt(0);
        }
        return item.getParent() instanceof OrderedList list ? list.getDelimiter() : '.';
    }

    private List<NoteOutline.Table> tables(Document document) {
        List<NoteOutline.Table> tables = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof TableBlock table) {
                List<String> header = null;
                List<NoteOutline.Row> rows = new ArrayList<>();
                for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof TableHead head && head.getFirstChild() instanceof TableRow row
                            && header == null) {
                        header = cells(row);
                    } else if (child instanceof TableBody body) {
                        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                            if (row instanceof TableRow r) {
                                rows.add(new NoteOutline.Row(number(r), line(r), cells(r)));
                            }
                        }
                    }
                }
                tables.add(new NoteOutline.Table(number(table), quoted(table), line(table),
                        header == null ? List.of() : header, rows));
            }
        }
        return tables;
    }

    private static List<String> cells(TableRow row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(NodeText.of(cell).strip());
            }
        }
        return cells;
    }
}
