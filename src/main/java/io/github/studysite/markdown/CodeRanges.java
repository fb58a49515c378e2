package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a Markdown text holds code — fenced and indented blocks, inline code spans — as CommonMark reads it. Liquid
 * runs before Markdown but must leave code as written ({@code {{EC2PrivateDNSName}}} in a shell example is not a
 * variable), so it asks the Markdown parser, not a guess, where code is.
 */
public final class CodeRanges {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

    private CodeRanges() {
    }

    /** Start and end offsets ({@code [start, end)}) of every code region of {@code markdown}, in order. */
    public static List<int[]> of(String markdown) {
        List<int[]> ranges = new ArrayList<>();
        collect(PARSER.parse(markdown), ranges);
        return ranges;
    }

    private static void collect(Node parent, List<int[]> ranges) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof Code) {
                ranges.add(new int[]{node.getStartOffset(), node.getEndOffset()});
            } else {
                collect(node, ranges);
            }
        }
    }
}
