package io.github.studysite.coach;

import io.github.studysite.link.SiteStory;
import io.github.studysite.model.StarPart;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Finds story parts that repeat a part of an earlier story: the same text once case, punctuation and spacing are
 * set aside, or text sharing most of its character pairs (a copied result with a word changed). Each part is
 * compared with every part of the stories before it, through a MinHash index of its character pairs, so that the
 * work grows with the number of parts, not with its square: a candidate must share one of {@value #HASHES} minimum
 * hashes (a pair of parts {@code j} similar shares at least one with probability {@code 1 - (1 - j)^4}, 0.998 at
 * 0.8), and is then measured exactly.
 *
 * <p>The index is arrays, not maps of lists: every part's hashes are worked out first, then the parts are sorted by
 * each hash, so that a bucket is a run of parts in site order. Looking in a run only as far as the parts of earlier
 * stories gives what a bucket filled story after story would have held, without an object per entry.
 */
final class Repeats {

    /** Parts shorter than this (normalised) are too short to call copied: {@code 완료}, {@code 성공}. */
    static final int MIN_CHARS = 20;
    private static final int HASHES = 4;
    /** Candidates compared per part at most: a part like hundreds of others is reported against the first few. */
    private static final int MAX_CANDIDATES = 64;

    private Repeats() {
    }

    /** A part long enough to compare: whose it is, its text's hash, its pairs, its minimum hashes. */
    private record Part(int story, StarPart kind, int textHash, int[] pairs, int[] mins) {
        /** Part {@code kind} of story number {@code s}, or null when it is too short to compare. */
        static Part of(int s, StarPart kind, SiteStory story) {
            String text = normalise(story.story().part(kind));
            if (text.length() < MIN_CHARS) {
                return null;
            }
            int[] pairs = Repeats.pairs(text);
            return new Part(s, kind, text.hashCode(), pairs, Repeats.minHashes(pairs));
        }
    }

    /**
     * For each story with a part repeating an earlier story's part (in site order): the part and the earlier
     * story. Only a story's first repeated part of each kind is reported.
     *
     * @param overlap share of character pairs (Jaccard) from which two parts count as copies; above 1 only
     *                identical text counts
     */
    static Map<SiteStory, List<Feedback>> find(List<SiteStory> stories, double overlap) {
        // a part's pairs and hashes, and later its search among earlier stories, depend on that part alone
        List<Part> parts = IntStream.range(0, stories.size()).parallel().boxed()
                .flatMap(s -> Arrays.stream(StarPart.values()).map(kind -> Part.of(s, kind, stories.get(s))))
                .filter(Objects::nonNull)
                .toList();
        Runs same = new Runs(parts.size(), p -> parts.get(p).textHash());
        List<Runs> buckets = new ArrayList<>();
        for (int i = 0; i < HASHES && overlap <= 1; i++) {
            int h = i;
            buckets.add(new Runs(parts.size(), p -> parts.get(p).mins()[h]));
        }
        int[] earliest = IntStream.range(0, parts.size()).parallel()
                .map(p -> earlier(p, parts, stories, same, buckets, overlap)).toArray();
        Map<SiteStory, List<Feedback>> out = new IdentityHashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            int earlier = earliest[p];
            if (earlier >= 0) {
                out.computeIfAbsent(stories.get(parts.get(p).story()), k -> new ArrayList<>())
                        .add(Feedback.repeats(parts.get(p).kind(), stories.get(earlier)));
            }
        }
        return out;
    }

    /** The earliest story with a part like part {@code p}, by the rules of {@link #find}; -1 when there is none. */
    private static int earlier(int p, List<Part> parts, List<SiteStory> stories, Runs same, List<Runs> buckets,
                               double overlap) {
        Part part = parts.get(p);
        int own = part.story();
        // the same text: the first part with it, if that is an earlier story's (hashes that only collide are passed)
        String text = null;
        for (int at = same.start(p); at < same.end(p); at++) {
            Part other = parts.get(same.part(at));
            if (other.story() >= own) {
                break;
            }
            text = text == null ? normalise(stories.get(own).story().part(part.kind())) : text;
            if (text.equals(normalise(stories.get(other.story()).story().part(other.kind())))) {
                return other.story();
            }
        }
        if (buckets.isEmpty() || part.pairs().length == 0) {
            return -1;
        }
        int[] seen = new int[MAX_CANDIDATES];
        int seenCount = 0;
        int best = -1;
        for (int i = 0; i < HASHES && seenCount < MAX_CANDIDATES; i++) {
            Runs bucket = buckets.get(i);
            // a run lists its parts in site order: the first match is its earliest, and the parts of this story and
            // later ones were not in the bucket yet
            for (int at = bucket.start(p); at < bucket.end(p); at++) {
                int q = bucket.part(at);
                Part other = parts.get(q);
                if (other.story() >= own || seenCount >= MAX_CANDIDATES) {
                    break;
                }
                if (contains(seen, seenCount, q)) {
                    continue;
                }
                seen[seenCount++] = q;
                if (sizesAllow(part.pairs(), other.pairs(), overlap) && similar(part.pairs(), other.pairs(), overlap)) {
                    if (best < 0 || other.story() < best) {
                        best = other.story();
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts sorted by a key, then by site order: the parts with part {@code p}'s key are those from
     * {@link #start} to {@link #end}.
     */
    private static final class Runs {
        private final long[] sorted;
        private final int[] start;
        private final int[] end;

        Runs(int size, IntUnaryOperator key) {
            sorted = new long[size];
            for (int p = 0; p < size; p++) {
                sorted[p] = (long) key.applyAsInt(p) << 32 | p;
            }
            Arrays.sort(sorted);
            start = new int[size];
            end = new int[size];
            for (int from = 0, to; from < size; from = to) {
                to = from + 1;
                while (to < size && sorted[to] >> 32 == sorted[from] >> 32) {
                    to++;
                }
                for (int at = from; at < to; at++) {
                    start[part(at)] = from;
                    end[part(at)] = to;
                }
            }
        }

        int part(int at) {
            return (int) sorted[at];
        }

        /** Where the run of part {@code p}'s key starts. */
        int start(int p) {
            return start[p];
        }

        /** Where the run of part {@code p}'s key ends (exclusive). */
        int end(int p) {
            return end[p];
        }
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
        return Arrays.stream(pairs).sorted().distinct().toArray();
    }

    private static int[] minHashes(int[] pairs) {
        int[] mins = new int[HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
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

    /**
     * Whether two sorted sets' Jaccard ({@code common / (a + b - common)}) is at least {@code overlap}. The merge stops
     * as soon as the pairs left cannot bring the count of common pairs up to what that takes: most candidates a
     * bucket offers fall well short.
     */
    static boolean similar(int[] a, int[] b, double overlap) {
        int need = needed(a.length + b.length, overlap);
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else {
                if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
                if (common + Math.min(a.length - i, b.length - j) < need) {
                    return false;
                }
            }
        }
        return common >= need;
    }

    /**
     * The fewest common pairs {@code c} of two sets of {@code total} pairs in all for a Jaccard of at least
     * {@code overlap}, computed as {@code c / (total - c)}; the ratio grows with {@code c}, so the search starts near
     * the real threshold and steps to the exact one.
     */
    static int needed(int total, double overlap) {
        int c = Math.max(0, (int) (overlap * total / (1 + overlap)));
        while (c > 0 && ratio(c - 1, total) >= overlap) {
            c--;
        }
        while (c < total && ratio(c, total) < overlap) {
            c++;
        }
        return c;
    }

    private static double ratio(int common, int total) {
        return common / (double) (total - common);
    }
}
