package io.github.studysite.render;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}: what {@link java.io.StringWriter} does without its synchronized
 * {@link StringBuffer}, and with a starting capacity, for rendering pages on several threads.
 */
final class BuilderWriter extends Writer {

    private final StringBuilder sb;

    BuilderWriter(int capacity) {
        // Started in UTF-16: a StringBuilder starts with one byte a character and copies itself into two at the first
        // character beyond Latin-1, which every page has (the Korean interface strings, Korean notes): starting wide
        // saves a copy of every page.
        this.sb = new StringBuilder(WIDE);
        sb.ensureCapacity(capacity);
        sb.setLength(0);
    }

    private static final String WIDE = "\uAC00";

    @Override
    public void write(char[] chars, int offset, int length) {
        sb.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        sb.append(s, offset, offset + length);
    }

    @Override
    public void write(String s) {
        sb.append(s);
    }

    @Override
    public void write(int c) {
        sb.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        sb.append(s);
        return this;
    }

    int length() {
        return sb.length();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
