package io.github.studysite.coach;

import io.github.studysite.link.SiteStory;
import io.github.studysite.model.StarPart;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds story parts that repeat a part of an earlier story: the same text once case, punctuation and spacing are
 * set aside, or text sharing most of its character pairs (a copied result with a word changed). Each part is
 * compared with every part of the stories before it, through a MinHash index of its character pairs, so that the
 * work grows with the number of parts, not with its square: a candidate must share one of {@value #HASHES} minimum
 * hashes (a pair of parts {@code j} similar shares at least one with probability {@code 1 - (1 - j)^4}, 0.998 at
 * 0.8), and is then measured exactly.
 */
final class Repeats {

    /** Parts shorter than this (normalised) are too short to call copied: {@code 완료}, {@code 성공}. */
    static final int MIN_CHARS = 20;
    private static final int HASHES = 4;
    /** Candidates compared per part at most: a part like hundreds of others is reported against the first few. */
    private static final int MAX_CANDIDATES = 64;

    private record Part(int order, SiteStory story, StarPart part, String text, int[] pairs) {
    }

    private Repeats() {
    }

    /**
     * For each story with a part repeating an earlier story's part (in site order): the part and the earlier
     * story. Only a story's first repeated part of each kind is reported.
     *
     * @param overlap share of character pairs (Jaccard) from which two parts count as copies; above 1 only
     *                identical text counts
     */
    static Map<SiteStory, List<Feedback>> find(List<SiteStory> stories, double overlap) {
        Map<SiteStory, List<Feedback>> out = new IdentityHashMap<>();
        Map<String, Part> byText = new HashMap<>();
        Map<Long, List<Part>> buckets = new HashMap<>();
        int order = 0;
        for (SiteStory story : stories) {
            order++;
            List<Part> own = new ArrayList<>();
            for (StarPart kind : StarPart.values()) {
                String text = normalise(story.story().part(kind));
                if (text.length() < MIN_CHARS) {
                    continue;
                }
                Part part = new Part(order, story, kind, text, pairs(text));
                SiteStory earlier = earlier(part, byText, buckets, overlap);
                if (earlier != null) {
                    out.computeIfAbsent(story, k -> new ArrayList<>()).add(Feedback.repeats(kind, earlier));
                }
                own.add(part);
            }
            // indexed after the whole story, so that its own parts do not match each other
            for (Part part : own) {
                byText.putIfAbsent(part.text(), part);
                if (overlap <= 1) {
                    int[] mins = minHashes(part.pairs());
                    for (int i = 0; i < HASHES; i++) {
                        buckets.computeIfAbsent(((long) i << 32) | (mins[i] & 0xffffffffL), k -> new ArrayList<>())
                                .add(part);
                    }
                }
            }
        }
        return out;
    }

    private static SiteStory earlier(Part part, Map<String, Part> byText, Map<Long, List<Part>> buckets,
                                     double overlap) {
        Part same = byText.get(part.text());
        if (same != null) {
            return same.story();
        }
        if (overlap > 1 || part.pairs().length == 0) {
            return null;
        }
        int[] mins = minHashes(part.pairs());
        Set<Part> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Part best = null;
        for (int i = 0; i < HASHES && seen.size() < MAX_CANDIDATES; i++) {
            for (Part candidate : buckets.getOrDefault(((long) i << 32) | (mins[i] & 0xffffffffL), List.of())) {
                if (seen.size() >= MAX_CANDIDATES) {
                    break;
                }
                // a bucket lists its parts in site order: its first match is its earliest
                if (seen.add(candidate) && sizesAllow(part.pairs(), candidate.pairs(), overlap)
                        && jaccard(part.pairs(), candidate.pairs()) >= overlap) {
                    if (best == null || candidate.order() < best.order()) {
                        best = candidate;
                    }
                    break;
                }
            }
        }
        return best == null ? null : best.story();
    }

    /** Lower case, compatibility forms folded, everything but letters and digits removed. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The distinct pairs of neighbouring characters, sorted (a set that intersects by merging). */
    private static int[] pairs(String text) {
        int[] pairs = new int[Math.max(0, text.length() - 1)];
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs[i] = text.charAt(i) << 16 | text.charAt(i + 1);
        }
        return java.util.Arrays.stream(pairs).sorted().distinct().toArray();
    }

    private static int[] minHashes(int[] pairs) {
        int[] mins = new int[HASHES];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        for (int pair : pairs) {
            for (int i = 0; i < HASHES; i++) {
                int h = mix(pair * 0x9E3779B1 + i * 0x85EBCA77);
                if (h < mins[i]) {
                    mins[i] = h;
                }
            }
        }
        return mins;
    }

    /** murmur3's finaliser: spreads the pairs' codes so that each seed orders them differently. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** Two sets share at most the smaller one, so their Jaccard is at most the smaller size over the larger. */
    private static boolean sizesAllow(int[] a, int[] b, double overlap) {
        return Math.min(a.length, b.length) / (double) Math.max(a.length, b.length) >= overlap;
    }

    private static double jaccard(int[] a, int[] b) {
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common / (double) (a.length + b.length - common);
    }
}
