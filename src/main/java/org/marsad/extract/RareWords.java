package org.marsad.extract;

import java.util.HashMap;
import java.util.Map;
import org.marsad.lexicon.Tokens;

/**
 * Which rare kinds of word a sentence holds, found in one pass over its words [from, to), so that the
 * rules of roles needing them are not tried beside every actor of every sentence.
 */
final class RareWords {
    static final int ASIDE = 1;
    static final int CIRCUMSTANCE = 2;
    static final int LAYING = 4;
    private static final Map<String, Integer> KINDS = kinds();
    private final int from;
    private final int present;

    RareWords(Tokens tokens, int from, int to) {
        int p = 0;
        for (int k = from; k < to; k++) {
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
        return Map.copyOf(kinds);
    }
}
