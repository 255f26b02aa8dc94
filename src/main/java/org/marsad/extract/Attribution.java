package org.marsad.extract;

import java.util.List;
import java.util.Optional;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Whom a sentence cites. In a chain ("AFP, citing the Observatory, said…") the innermost origin
 * wins: the one right after a citing phrase ("citing", "according to", "بحسب", "نقلا عن"), else
 * the first origin near an attribution word ("X said", "قال المرصد").
 */
final class Attribution {
    private static final List<String> CITING = List.of("citing", "according", "بحسب", "حسب", "وفق", "وفقا", "نقلا",
            "quoting", "quoted");

    private final Phrases origins;
    private final Phrases cues;

    /** The canonical origin and why. */
    record Cited(String origin, String why) {
    }

    Attribution(Lexicon lexicon) {
        this.origins = lexicon.phrases("origins.tsv");
        this.cues = lexicon.phrases("cues.tsv");
    }

    /** "نقلت فرانس برس عن المرصد": "عن" cites when a word of relaying ("نقل", "نقلت") came before it. */
    private static boolean relayed(Tokens tokens, int from, int k) {
        if (!tokens.get(k).folded().equals("عن")) {
            return false;
        }
        for (int j = from; j < k; j++) {
            String w = tokens.get(j).folded();
            if (w.startsWith("نقل") || w.startsWith("ونقل")) {
                return true;
            }
        }
        return false;
    }

    Optional<Cited> find(Tokens tokens, int from, int to) {
        List<Phrases.Hit> found = origins.find(tokens, from, to);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        for (Phrases.Hit origin : found) {
            for (int k = Math.max(from, origin.from() - 3); k < origin.from(); k++) {
                if (CITING.contains(tokens.get(k).folded()) || relayed(tokens, from, k)) {
                    return Optional.of(new Cited(origin.entry().key(), origin.entry().rule() + " after '"
                            + tokens.get(k).folded() + "'"));
                }
            }
        }
        boolean attributed = cues.find(tokens, from, to).stream().anyMatch(h -> h.entry().key().equals("attribution"));
        if (attributed) {
            Phrases.Hit first = found.get(0);
            return Optional.of(new Cited(first.entry().key(), first.entry().rule() + " with an attribution verb"));
        }
        return Optional.empty();
    }
}
