package io.github.studysite.search;

import java.text.Normalizer;

/**
 * How text is compared when searching, mirrored exactly by {@code assets/search.js}: Unicode NFC, every kind of
 * white space removed, each code point lower-cased on its own. Removing spaces is what makes Korean work: a query is
 * found wherever it occurs as a substring, so {@code 서울} finds {@code 서울은} (a particle attached), and
 * {@code 마이데이터프로젝트} finds {@code 마이데이터 프로젝트} (spacing differs), which whitespace tokens would miss.
 *
 * <p>The index narrows a query down with <em>bigrams</em> — pairs of neighbouring code points of the normalised
 * text — and the browser then checks the candidates for the exact substring.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The text as searched. */
    public static String normalise(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); ) {
            // the two scripts notes are mostly written in, without the general lookups: ASCII, Hangul syllables
            char c = nfc.charAt(i);
            if (c < 0x80) {
                i++;
                if (!isSpace(c)) {
                    sb.append((char) lower(c));
                }
                continue;
            }
            if (c >= 0xAC00 && c <= 0xD7A3) {
                i++;
                sb.append(c);
                continue;
            }
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (!isSpace(cp)) {
                sb.appendCodePoint(lower(cp));
            }
        }
        return sb.toString();
    }

    /** White space as JavaScript's {@code \s} sees it, plus the separators U+001C–U+001F. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
    }

    /** Lower case of one code point, as JavaScript's {@code toLowerCase} gives it, kept when that is not one code point. */
    static int lower(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        }
        // String.toLowerCase of one code point is Character.toLowerCase, except U+0130 (İ), whose lower case is two
        // code points (i and a combining dot): SearchTextTest compares the two over every code point.
        return cp == 0x130 ? cp : Character.toLowerCase(cp);
    }

    /** The distinct bigrams of a normalised text, sorted; each packs two code points ({@code first << 21 | second}). */
    public static long[] bigrams(String normalised) {
        BigramSet set = new BigramSet();
        set.addText(normalised);
        return set.sorted();
    }

    static long pack(int first, int second) {
        return ((long) first << 21) | second;
    }

    /** The two code points of a bigram, as a string (the key in an index shard). */
    public static String key(long bigram) {
        return new StringBuilder(4).appendCodePoint((int) (bigram >>> 21)).appendCodePoint((int) (bigram & 0x1FFFFF))
                .toString();
    }

    /** Which of {@code shards} index files holds a bigram; {@code search.js} computes the same. */
    public static int shard(long bigram, int shards) {
        int first = (int) (bigram >>> 21);
        int second = (int) (bigram & 0x1FFFFF);
        return (first * 31 + second) % shards;
    }
}
