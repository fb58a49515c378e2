package io.github.studysite.extract;

import io.github.studysite.model.StarPart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A STAR block while it is being read: which lines it spans and the text of each part so far. */
final class StoryBlock {

    /** The telling order of the Learnings part, after R. */
    static final int LEARNINGS = StarPart.values().length;

    final int first;
    /** The first of its lines, metadata lines above its first label included. */
    int top;
    int end;
    int titleLine = -1;
    final Map<StarPart, StringBuilder> parts = new EnumMap<>(StarPart.class);
    final StringBuilder learnings = new StringBuilder();
    /** Principle names from tag lines in or just above the story ({@code LPs: Ownership, Dive Deep}). */
    final List<String> tags = new ArrayList<>();
    /** The line of a {@code Question This Answers: …} line above the story, or -1. */
    int questionLine = -1;
    String question = "";
    /** Labels read from a misspelt word, by line index. */
    final List<Integer> typos = new ArrayList<>();
    /** How many labels opened parts; whether any of them was a STAR word. */
    int labels;
    boolean star;
    private int current;
    private boolean alone;

    StoryBlock(int first) {
        this.first = first;
        this.top = first;
        this.end = first + 1;
    }

    /** Opens the part(s) of a label on line {@code line} of kind {@code kind}. */
    void open(StarLabel label, int line, LineKind kind) {
        if (label.learnings()) {
            learnings.append(label.rest());
        }
        for (StarPart part : label.parts()) {
            parts.computeIfAbsent(part, p -> new StringBuilder()).append(label.rest());
        }
        current = label.lastOrder();
        alone = label.alone() && kind != LineKind.ITEM;
        labels += label.learnings() ? 0 : 1;
        star |= label.star();
        if (!label.typo().isEmpty()) {
            typos.add(line);
        }
    }

    void append(String text) {
        StringBuilder sb = open();
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(text);
    }

    private StringBuilder open() {
        return current == LEARNINGS ? learnings : parts.get(StarPart.values()[current]);
    }

    /** The telling order of the part being read (0–3 for S–R, {@link #LEARNINGS}). */
    int current() {
        return current;
    }

    /** Whether the open part's label stood alone on its line, its text in the lines and items below. */
    boolean openedAlone() {
        return alone;
    }

    boolean currentIsEmpty() {
        return open().toString().isBlank();
    }

    /**
     * Whether it is a story: one label of the STAR words is enough, as the seed notes show ({@code S: …} alone);
     * the other vocabularies' words ("Problem:", "Goal:") are common outside stories, so they need two.
     */
    boolean isStory() {
        return star || labels >= 2;
    }

    boolean contains(int line) {
        return line >= top && line < end;
    }

    Map<StarPart, String> texts() {
        Map<StarPart, String> out = new EnumMap<>(StarPart.class);
        parts.forEach((part, sb) -> out.put(part, sb.toString().strip()));
        return out;
    }
}
