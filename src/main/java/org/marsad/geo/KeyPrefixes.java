package org.marsad.geo;

import java.util.Collection;

/**
 * The beginnings of every gazetteer key, held as 64-bit hashes so that even a large imported
 * gazetteer costs a few megabytes. A spotter asks it whether some key begins with the window
 * it has so far; a hash collision can only make it try one window too many, never miss one.
 */
final class KeyPrefixes {
    private static final long EMPTY = 0L;
    private final long[] slots;
    private final int mask;

    KeyPrefixes(Collection<String> keys) {
        long count = 0;
        for (String k : keys) {
            count += k.length();
        }
        int capacity = Integer.highestOneBit((int) Math.min(1 << 29, Math.max(16, count * 2)) - 1) << 1;
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        for (String k : keys) {
            long h = start();
            for (int i = 0; i < k.length(); i++) {
                h = extend(h, k.charAt(i));
                add(h);
            }
        }
    }

    /** The hash of the empty prefix; {@link #extend} adds one character. */
    static long start() {
        return 0x9E3779B97F4A7C15L;
    }

    static long extend(long hash, char c) {
        long h = (hash ^ c) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
        return h == EMPTY ? 1 : h;
    }

    /** The hash of the prefix hashed to {@code hash} followed by {@code more}. */
    static long extend(long hash, String more) {
        long h = hash;
        for (int i = 0; i < more.length(); i++) {
            h = extend(h, more.charAt(i));
        }
        return h;
    }

    /** Whether some key begins with the prefix that hashed to {@code hash}. */
    boolean contains(long hash) {
        if (hash == start()) {
            return true;
        }
        for (int i = slot(hash); ; i = (i + 1) & mask) {
            if (slots[i] == hash) {
                return true;
            }
            if (slots[i] == EMPTY) {
                return false;
            }
        }
    }

    private void add(long hash) {
        for (int i = slot(hash); ; i = (i + 1) & mask) {
            if (slots[i] == hash) {
                return;
            }
            if (slots[i] == EMPTY) {
                slots[i] = hash;
                return;
            }
        }
    }

    private int slot(long hash) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }

    @Override
    public String toString() {
        return "KeyPrefixes[" + slots.length + " slots]";
    }
}
