package org.marsad.extract;

import java.util.List;
import java.util.Optional;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Whom a sentence cites. In a chain ("AFP, citing the Observatory, said…") the innermost origin
 * wins: the one right after a citing phrase ("citing", "according to", "بحسب", "نقلا عن"); else an
 * origin that speaks, right before or after an attribution verb ("SOHR said", "قال المرصد") or,
 * in a denial, a denial word ("the coalition denied", "نفت قسد"). An origin after "told" is the
 * audience, not the source; an origin merely named is not cited.
 */
final class Attribution {
    private static final List<String> CITING = List.of("citing", "according", "بحسب", "حسب", "وفق", "وفقا", "نقلا",
            "quoting", "quoted", "لمصادر");
    /** Words that put an origin's act in a clause of time ("a day after the SDF announced…"): no citation. */
    private static final List<String> TIME_CLAUSE = List.of("after", "before", "since", "بعد", "قبل", "منذ", "عقب");
    /** Tags an urgent post opens with, before the origin that heads it: "عاجل | المركز الإعلامي لقسد: …". */
    private static final List<String> HEADLINE_TAGS = List.of("عاجل", "خاص", "breaking", "urgent", "update");
    /** Words before an origin that make it the audience of a speaker: "told Reuters", "لوكالة رويترز". */
    private static final List<String> AUDIENCE = List.of("told", "لوكاله", "لقناه", "لصحيفه", "لموقع");
    private static final int NEAR = 3;

    private final Phrases origins;
    private final Phrases cues;

    /** The canonical origin and why; {@code from}/{@code to} are the words of the origin's name. */
    record Cited(String origin, String why, int from, int to) {
    }

    Attribution(Lexicon lexicon) {
        this.origins = lexicon.phrases("origins.tsv");
        this.cues = lexicon.phrases("cues.tsv");
    }

    /** Every origin named in words [from, to), cited or not: their names are not places. */
    List<Phrases.Hit> named(Tokens tokens, int from, int to) {
        return origins.find(tokens, from, to);
    }

    Optional<Cited> find(Tokens tokens, int from, int to) {
        List<Phrases.Hit> found = origins.find(tokens, from, to);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Phrases.Hit first = found.get(0);
        boolean heading = first.from() == from || (first.from() == from + 1
                && HEADLINE_TAGS.contains(tokens.get(from).folded()));
        if (heading && tokens.original().startsWith(":", first.end())) {
            return Optional.of(cited(first, "heading the text: '" + first.entry().phrase() + ":'")); // "Amaq: …"
        }
        List<Phrases.Hit> citable = new java.util.ArrayList<>(found.size());
        for (Phrases.Hit o : found) {
            if (!before(tokens, from, o, AUDIENCE, 1)
                    && (!before(tokens, from, o, TIME_CLAUSE, 2) || before(tokens, from, o, CITING, 2))) {
                citable.add(o);
            }
        }
        found = citable;
        for (Phrases.Hit origin : found) {
            for (int k = Math.max(from, origin.from() - NEAR); k < origin.from(); k++) {
                if (CITING.contains(tokens.get(k).folded()) || relayed(tokens, from, k)) {
                    return Optional.of(cited(origin, "after '" + tokens.get(k).folded() + "'"));
                }
            }
        }
        for (Phrases.Hit verb : cues.find(tokens, from, to)) {
            if (!verb.entry().key().equals("attribution") && !verb.entry().key().equals("denial")) {
                continue;
            }
            Optional<Cited> speaker = speaker(found, verb);
            if (speaker.isPresent()) {
                return speaker;
            }
        }
        return Optional.empty();
    }

    /**
     * The origin right before or after an attribution verb, the nearest when several are near
     * ("killing 17 SDF fighters, the Observatory said" is the Observatory's word).
     */
    private static Optional<Cited> speaker(List<Phrases.Hit> found, Phrases.Hit verb) {
        Phrases.Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestBefore = false;
        boolean citing = CITING.contains(verb.entry().tokens().get(0)); // "…عناصر قسد، وفق ناشطين": the origin follows "وفق"
        for (Phrases.Hit origin : found) {
            boolean before = origin.to() <= verb.from() && verb.from() - origin.to() <= NEAR && !citing;
            boolean after = origin.from() >= verb.to() && origin.from() - verb.to() <= NEAR
                    && !verb.entry().phrase().equals("told");
            int distance = before ? verb.from() - origin.to() : origin.from() - verb.to();
            if ((before || after) && distance < bestDistance) {
                best = origin;
                bestDistance = distance;
                bestBefore = before;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(cited(best, (bestBefore ? "speaking: '" : "after '") + verb.entry().phrase() + "'"));
    }

    /** Whether one of {@code words} stands within {@code within} words before the origin. */
    private static boolean before(Tokens tokens, int from, Phrases.Hit origin, List<String> words, int within) {
        for (int k = Math.max(from, origin.from() - within); k < origin.from(); k++) {
            if (words.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    private static Cited cited(Phrases.Hit origin, String how) {
        return new Cited(origin.entry().key(), origin.entry().rule() + " " + how, origin.from(), origin.to());
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
}
