package io.github.studysite.address;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Checks the output path a note claims for its page — from its {@code permalink} or its {@code slug} — against what
 * the site itself writes and what file systems take. Kept apart from {@link NoteIndex} so that every way of giving a
 * note an address (permalink patterns included) goes through the same two checks:
 * <ul>
 *   <li>{@link #collision}: a path under one of the site's own top-level names ({@code search/}, {@code stories/},
 *       {@code assets/}, a language's {@code en/}, {@code 404.html}, {@code practice-data.js} …) would overwrite or be
 *       overwritten by the site's own pages, so it is refused;</li>
 *   <li>{@link #shorten}: a path segment longer than {@value #MAX_SEGMENT_BYTES} bytes (a 300-character slug) cannot
 *       be written on common file systems (255 bytes a name, less on encrypted home folders); it is cut at a
 *       character boundary and given a hash of the whole segment, so it stays unique and the same build after build.</li>
 * </ul>
 */
public final class PageAddresses {

    /** Bytes of UTF-8 a segment may have: under eCryptfs' 143, with room for a {@code -2} of a clashing slug. */
    public static final int MAX_SEGMENT_BYTES = 120;

    /** The top-level files and folders every site writes besides the notes (see {@code render/SitePages}). */
    private static final Set<String> SITE_NAMES = Set.of("index.html", "404.html", "sitemap.xml", "robots.txt",
            ".nojekyll", ".studysite", "assets", "search", "search-index.js", "search-index.json", "stories",
            "principles", "questions", "study", "study.json", "intro", "practice", "practice-data.js", "print");

    private PageAddresses() {
    }

    /**
     * Why {@code page} is one of the site's own addresses, or empty when a note may have it.
     *
     * @param page      the output path ({@code search/index.html})
     * @param languages the site's interface languages; every one but the first has a folder of its own
     */
    public static Optional<String> collision(String page, List<String> languages) {
        String first = page.contains("/") ? page.substring(0, page.indexOf('/')) : page;
        String name = first.toLowerCase(Locale.ROOT);
        if (SITE_NAMES.contains(name)) {
            return Optional.of(first.equals(page) ? "the site's own " + first : "the site's own " + first + "/");
        }
        for (int i = 1; i < languages.size(); i++) {
            if (name.equals(languages.get(i).toLowerCase(Locale.ROOT))) {
                return Optional.of("the folder of the site's " + languages.get(i) + " pages");
            }
        }
        return Optional.empty();
    }

    /** {@code page} with every over-long segment cut to {@link #MAX_SEGMENT_BYTES} bytes, hash included. */
    public static String shorten(String page) {
        List<String> out = new ArrayList<>();
        for (String segment : page.split("/", -1)) {
            out.add(segment.getBytes(StandardCharsets.UTF_8).length <= MAX_SEGMENT_BYTES ? segment : cut(segment));
        }
        return String.join("/", out);
    }

    private static String cut(String segment) {
        if (segment.endsWith(".html")) {
            return cut(segment.substring(0, segment.length() - 5)) + ".html";
        }
        CRC32 crc = new CRC32();
        crc.update(segment.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("-%08x", crc.getValue());
        int budget = MAX_SEGMENT_BYTES - hash.length() - ".html".length();
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < segment.length(); ) {
            int cp = segment.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        String head = sb.toString().replaceAll("[-.]+$", "");
        return head + hash;
    }
}
