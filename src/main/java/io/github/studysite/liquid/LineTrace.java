package io.github.studysite.liquid;

import java.util.Arrays;
import java.util.List;

/**
 * The way back from rendered Liquid: code placeholders get their text again, and line markers become the source line
 * of every output line. Between two markers the output lines follow the source lines one by one (an include that
 * adds lines takes the line of the tag for the extra ones), so later problems still point at the file's lines.
 */
final class LineTrace {

    private LineTrace() {
    }

    static JekyllLiquid.Result restore(String rendered, List<String> code) {
        StringBuilder out = new StringBuilder(rendered.length());
        int[] lines = new int[16];
        int count = 0;
        int segmentLine = 1;   // source line of the last marker
        int segmentStart = 0;  // output line index of the last marker's line
        boolean identity = true;
        lines[count++] = 1;
        int n = rendered.length();
        for (int i = 0; i < n; i++) {
            char c = rendered.charAt(i);
            if (c == LiquidSource.LINE_OPEN || c == LiquidSource.CODE_OPEN) {
                int close = rendered.indexOf(c == LiquidSource.LINE_OPEN ? LiquidSource.LINE_CLOSE
                        : LiquidSource.CODE_CLOSE, i);
                if (close > i) {
                    int number = Integer.parseInt(rendered.substring(i + 1, close));
                    if (c == LiquidSource.LINE_OPEN) {
                        segmentLine = number;
                        segmentStart = count - 1;
                        lines[count - 1] = number;
                    } else {
                        out.append(code.get(number));
                    }
                    i = close;
                    continue;
                }
            }
            out.append(c);
            if (c == '\n') {
                if (count == lines.length) {
                    lines = Arrays.copyOf(lines, count * 2);
                }
                lines[count] = segmentLine + (count - segmentStart);
                count++;
            }
        }
        int[] map = Arrays.copyOf(lines, count);
        for (int k = 0; k < map.length; k++) {
            identity &= map[k] == k + 1;
        }
        return new JekyllLiquid.Result(out.toString(), identity ? null : map);
    }
}
