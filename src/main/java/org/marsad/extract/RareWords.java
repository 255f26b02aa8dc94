package org.marsad.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Which rare kinds of word stand near a sentence's actors, found in one pass over the words from a few
 * before its first actor to a few after its last, so that the rules of roles needing them are not tried
 * beside every actor of every sentence. No rule looks further from an actor than {@link #BEFORE} words
 * before it or {@link #AFTER} after it.
 */
final class RareWords {
    static final int ASIDE = 1;
    static final int CIRCUMSTANCE = 2;
    static final int LAYING = 4;
    static final int BEFORE = 5;
    static final int AFTER = 3;
    /** Read only after it is made; a HashMap finds a word faster than an immutable map's probing. */
    private static final Map<String, Integer> KINDS = kinds();
    private final int from;
    private final int present;

    /** The rare words of the sentence of words [from, to) around the actors {@code found}. */
    RareWords(Tokens tokens, int from, int to, List<Phrases.Hit> found) {
        int first = to;
        int last = from;
        for (Phrases.Hit h : found) {
            first = Math.min(first, h.from());
            last = Math.max(last, h.to());
        }
        int p = 0;
        int end = Math.min(to, last + AFTER);
        for (int k = Math.max(from, first - BEFORE); k < end; k++) {
            p |= KINDS.getOrDefault(tokens.get(k).folded(), 0);
        }
        this.from = from;
        this.present = p;
    }

    /** The first word of the sentence. */
    int from() {
        return from;
    }

    boolean has(int kind) {
        return (present & kind) != 0;
    }

    private static Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new HashMap<>();
        Bystanders.TRIGGERS.forEach(w -> kinds.merge(w, ASIDE, (a, b) -> a | b));
        Sides.CIRCUMSTANCE.forEach(w -> kinds.merge(w, CIRCUMSTANCE, (a, b) -> a | b));
        RoleMarks.LAID.forEach(w -> kinds.merge(w, LAYING, (a, b) -> a | b));
        return kinds;
    }
}
