package io.github.studysite.cache;

import io.github.studysite.text.PackedText;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A 64-bit hash of a whole value — records, lists, maps, strings, numbers, nested to any depth — so that a preview
 * session can tell whether a page's view changed without keeping the view. Keeping the views themselves (what the
 * session did first) held every page's data twice during a rebuild: at 10,000 notes, 240,000 views did not fit in a
 * 6 GiB heap. A fingerprint is 8 bytes a file.
 *
 * <p>Equal values have equal fingerprints when their maps iterate in the same order, which holds within one process
 * (a map built the same way iterates the same way); two different values sharing one is about as likely as two
 * random 64-bit numbers being equal, and would only leave one page of the preview stale until the next edit.
 * A {@link PackedText} contributes the fingerprint of its packed bytes, worked out once when it was packed: a note's
 * page is then checked without unpacking its body. Classes that are none of the above contribute their
 * {@code hashCode()}.
 */
public final class Fingerprint {

    /**
     * What each class contributes and how it is walked, worked out once per class: asking a class whether it is a
     * record is a native call, and in a profile of a 10,000-note preview rebuild those calls cost more than the
     * hashing itself.
     *
     * @param tag       the class name's hash
     * @param accessors a record's component accessors, in order; null for other classes
     */
    private record Shape(long tag, Method[] accessors) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return new Shape(type.getName().hashCode(), null);
            }
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return new Shape(type.getName().hashCode(), accessors);
        }
    };

    /**
     * Each thread's room to copy a string's characters into: a preview rebuild fingerprints 240,000 page views, and a
     * fresh buffer for each was 120 MB of garbage per rebuild. One that grew past {@link #KEPT_CHARS} is not kept.
     */
    private static final ThreadLocal<char[]> BUFFERS = ThreadLocal.withInitial(() -> new char[256]);
    private static final int KEPT_CHARS = 64 * 1024;

    private long h = 0x9E3779B97F4A7C15L;
    /** Room to copy a string's characters into, grown as needed. */
    private char[] chars;

    private Fingerprint(char[] chars) {
        this.chars = chars;
    }

    public static long of(Object value) {
        char[] buffer = BUFFERS.get();
        Fingerprint f = new Fingerprint(buffer);
        f.add(value);
        if (f.chars != buffer && f.chars.length <= KEPT_CHARS) { // it grew: keep the larger one
            BUFFERS.set(f.chars);
        }
        return f.h;
    }

    private void add(Object value) {
        if (value == null) {
            mix(0x6E75);
        } else if (value instanceof String s) {
            mix(1);
            mix(s.length());
            string(s);
        } else if (value instanceof PackedText packed) {
            mix(7);
            mix(packed.fingerprint());
        } else if (value instanceof Map<?, ?> map) {
            mix(2);
            mix(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                add(e.getKey());
                add(e.getValue());
            }
        } else if (value instanceof Collection<?> items) {
            mix(3);
            mix(items.size());
            for (Object item : items) {
                add(item);
            }
        } else if (value instanceof Optional<?> optional) {
            mix(4);
            add(optional.orElse(null));
        } else if (value instanceof long[] longs) {
            mix(6);
            mix(longs.length);
            for (long v : longs) {
                mix(v);
            }
        } else if (value.getClass().isArray()) {
            mix(5);
            int length = Array.getLength(value);
            mix(length);
            for (int i = 0; i < length; i++) {
                add(Array.get(value, i));
            }
        } else {
            Shape shape = SHAPES.get(value.getClass());
            mix(shape.tag());
            if (shape.accessors() != null) {
                for (Method accessor : shape.accessors()) {
                    try {
                        add(accessor.invoke(value));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + accessor, e);
                    }
                }
            } else if (value instanceof Double d) {
                mix(Double.doubleToLongBits(d));
            } else if (value instanceof Float f) {
                mix(Float.floatToIntBits(f));
            } else if (value instanceof Number n) {
                mix(n.longValue());
            } else if (value instanceof CharSequence chars) {
                add(chars.toString());
            } else {
                mix(value.hashCode());
            }
        }
    }

    /**
     * Folds a string's characters in as four interleaved 64-bit polynomial hashes, each finished by {@link #mix}.
     * Mixing every character through the finaliser (what this did first) was half the CPU of a 10,000-note preview
     * rebuild; four independent multiply-add chains let the processor work on several characters at once.
     */
    private void string(String s) {
        int n = s.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        char[] cs = chars;
        s.getChars(0, n, cs, 0); // one bulk copy: charAt's bounds check per character cost as much as the hash
        long a = 0, b = 0, c = 0, d = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            a = a * LANE + cs[i];
            b = b * LANE + cs[i + 1];
            c = c * LANE + cs[i + 2];
            d = d * LANE + cs[i + 3];
        }
        for (; i < n; i++) {
            a = a * LANE + cs[i];
        }
        mix(a);
        mix(b);
        mix(c);
        mix(d);
    }

    /** An odd multiplier with well-spread bits (the 64-bit golden ratio's, as in SplitMix64). */
    private static final long LANE = 0x9E3779B97F4A7C15L;

    /** Folds {@code v} into the running hash with SplitMix64's finaliser, a bijection that spreads every bit. */
    private void mix(long v) {
        long x = h ^ v;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        h = x ^ (x >>> 31);
    }
}
