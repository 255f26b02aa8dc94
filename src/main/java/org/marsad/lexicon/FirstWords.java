package org.marsad.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * Which phrase matchers have a phrase starting with a given word: one lookup per word of a text
 * tells every matcher of a lexicon whether to look at that word at all.
 */
final class FirstWords {
    private final Map<String, Integer> matchers = new HashMap<>();
    /** Words that are a one-word entry of some matcher, as written (without removing proclitics). */
    private final java.util.Set<String> wholeEntries = new java.util.HashSet<>();
    private int count;
    /**
     * Words seen lately with their proclitic-stripped forms and bits, so that a report's vocabulary,
     * which repeats across reports, is analysed once. Direct-mapped; entries are immutable, so
     * threads may share the table without locks.
     */
    private final Known[] known = new Known[1 << 16];

    /** A word, its forms as {@link Phrases#forms} gives them, and its bits as {@link #bits} gives them. */
    record Known(String word, String[] forms, int bits) {
    }

    /** The bit set in {@link Tokens#firstWordBits} when the word is itself a one-word entry. */
    static final int WHOLE_ENTRY = 1 << 30;

    /** How many matchers one index can serve: bits 0 to 29, bit 30 being {@link #WHOLE_ENTRY}. */
    static final int MATCHERS = 30;

    /** Registers a matcher and returns its bit; at most {@link #MATCHERS} matchers share one index. */
    int register() {
        if (count == MATCHERS) {
            throw new IllegalStateException("at most " + MATCHERS + " phrase matchers share first words");
        }
        return 1 << count++;
    }

    void add(String word, int bit) {
        matchers.merge(word, bit, (a, b) -> a | b);
    }

    void addWholeEntry(String word) {
        wholeEntries.add(word);
    }

    /**
     * Whether {@code word} is itself a one-word entry: then it is read as that word and never as
     * another entry with a proclitic stripped ("واحد" is one, not و + "احد" Sunday).
     */
    boolean isWholeEntry(String word) {
        return wholeEntries.contains(word);
    }

    /** The bits of the matchers with a phrase starting with {@code word}; 0 when none. */
    int of(String word) {
        Integer bits = matchers.get(word);
        return bits == null ? 0 : bits;
    }

    /** The word's forms and bits, from the cache when the word was seen lately. */
    Known known(String word) {
        int h = word.hashCode();
        int slot = (h ^ (h >>> 16)) & (known.length - 1);
        Known k = known[slot];
        if (k != null && k.word().equals(word)) {
            return k;
        }
        String[] forms = Phrases.forms(word).toArray(String[]::new);
        int bits = isWholeEntry(word) ? WHOLE_ENTRY : 0;
        for (String form : forms) {
            bits |= of(form);
        }
        k = new Known(word, forms, bits);
        known[slot] = k;
        return k;
    }

    @Override
    public String toString() {
        return "FirstWords[" + matchers.size() + " words, " + count + " matchers]";
    }
}
