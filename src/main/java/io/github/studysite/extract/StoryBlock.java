package io.github.studysite.extract;

import io.github.studysite.model.StarPart;

import java.util.EnumMap;
import java.util.Map;

/** A STAR block while it is being read: which lines it spans and the text of each part so far. */
final class StoryBlock {

    final int first;
    int end;
    int titleLine = -1;
    final Map<StarPart, StringBuilder> parts = new EnumMap<>(StarPart.class);
    /** Principle names from a tag line inside the story ({@code LPs: Ownership, Dive Deep}). */
    final java.util.List<String> tags = new java.util.ArrayList<>();
    private StarPart current;

    StoryBlock(int first) {
        this.first = first;
        this.end = first + 1;
    }

    void open(StarLabel label) {
        for (StarPart part : label.parts()) {
            parts.computeIfAbsent(part, p -> new StringBuilder()).append(label.rest());
        }
        current = label.last();
    }

    void append(String text) {
        StringBuilder sb = parts.get(current);
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(text);
    }

    StarPart current() {
        return current;
    }

    boolean currentIsEmpty() {
        return parts.get(current).toString().isBlank();
    }

    boolean contains(int line) {
        return line >= first && line < end;
    }

    Map<StarPart, String> texts() {
        Map<StarPart, String> out = new EnumMap<>(StarPart.class);
        parts.forEach((part, sb) -> out.put(part, sb.toString().strip()));
        return out;
    }
}
