package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.util.Scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Notes typed in a plain editor use tabs for structure: a question under a heading is indented one tab, its answer two
 * (seed 002). CommonMark reads every such block as code, and the page becomes one grey monospace slab. This pass finds
 * indented code blocks whose text reads as prose, not code, and removes one level of indentation from exactly those
 * lines (line numbers unchanged), so that the next parse sees paragraphs and nested lists. Real code stays code.
 */
final class ProseIndentation {

    /** Lines that look like code: statements, braces, prompts, tags, assignments, comments. */
    private static final Pattern CODE_LINE = Pattern.compile(
            "^\\s*(?:[{}\\[\\]();]|\\$ |# ?include|#!|//|/\\*|\\*/|<[a-zA-Z/!?]|@[A-Za-z]|"
                    + "(?:public|private|protected|class|def|function|func|fn|return|import|package|from|var|let|const"
                    + "|if|for|while|switch|case|else|try|catch|SELECT|INSERT|UPDATE|CREATE|apiVersion|kind):?\\b)"
                    + "|[;{}]\\s*$|\\)\\s*$|=>|->\\s*\\{|:=|==|\\w+\\(.*\\)\\s*;?$|^\\s*[\\w.\\-]+\\s*[:=]\\s*[\"'\\[{\\d]");

    private ProseIndentation() {
    }

    /**
     * @return the body with prose blocks de-indented one level, or {@code body} itself when there were none
     */
    static String dedentProse(String body, Document document) {
        List<int[]> ranges = new ArrayList<>();
        collect(document, ranges);
        if (ranges.isEmpty()) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        for (int[] range : ranges) {
            for (int line = range[0]; line <= range[1] && line < lines.length; line++) {
                lines[line] = dedentOnce(lines[line]);
            }
        }
        return String.join("\n", lines);
    }

    private static void collect(Node node, List<int[]> ranges) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof IndentedCodeBlock code) {
                if (isProse(code.getContentChars().toString())) {
                    ranges.add(new int[] {SourceLines.textStartLine(code) - 1, SourceLines.textEndLine(code) - 1});
                }
            } else {
                collect(child, ranges);
            }
        }
    }

    static boolean isProse(String text) {
        int prose = 0;
        int code = 0;
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (CODE_LINE.matcher(line).find()) {
                code++;
            } else if (Scripts.hangulCount(t) > 0 || t.split("\\s+").length >= 4) {
                prose++;
            }
        }
        return prose > 0 && prose >= 2 * code;
    }

    private static String dedentOnce(String line) {
        if (line.startsWith("\t")) {
            return line.substring(1);
        }
        int spaces = 0;
        while (spaces < 4 && spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        if (spaces < 4 && spaces < line.length() && line.charAt(spaces) == '\t') {
            return line.substring(spaces + 1);
        }
        return line.substring(spaces);
    }
}
