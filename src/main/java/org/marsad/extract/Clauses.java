package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Splits a sentence that joins two events at two places ("clashes around Abu Khater and shelling on
 * al-Kishmah", "اشتباكات في أبو خاطر وقصف مدفعي على الكشمة") into one clause per event. A clause
 * starts at an event cue of another type than the clause before, joined by "and", "و" or a comma,
 * when each side names a place of its own; anything else stays one sentence.
 */
final class Clauses {
    private static final Set<String> JOINS = Set.of("and", "while", "و", "بينما");
    /** Joins that set a second event against the first, whose clause may name its agent before the cue ("while coalition jets struck"). */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "بينما", "فيما");
    /** How many words an agent between a contrasting join and its cue may take. */
    private static final int AGENT_WORDS = 3;

    /** Words that may stand between a comma and its cue: ", fierce battles", ", heavy shelling". */
    private static final Set<String> ADJECTIVES = Set.of("fierce", "heavy", "violent", "intense", "renewed", "fresh",
            "new", "deadly", "further");
    /** Words that may stand between a join and its cue: "and a roadside bomb", "and the shelling". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private final Phrases events;
    private final Phrases cues;

    Clauses(Lexicon lexicon) {
        this.events = lexicon.phrases("events.tsv");
        this.cues = lexicon.phrases("cues.tsv");
    }

    /**
     * The event cues of words [from, to), the bombing words ("while Russian jets bombed…") and the sortie
     * words right after aircraft ("coalition raids on al-Sousa, fierce battles on the Gharanij axis"), in text order.
     */
    private List<Phrases.Hit> eventWords(Tokens tokens, int from, int to) {
        List<Phrases.Hit> named = events.find(tokens, from, to);
        List<Phrases.Hit> words = cues.find(tokens, from, to);
        List<Phrases.Hit> hits = null;
        Phrases.Hit aircraft = null;
        for (Phrases.Hit h : words) {
            String kind = h.entry().key();
            if (kind.equals("aircraft")) {
                aircraft = h;
            } else if (kind.equals("bombing")
                    || (kind.equals("sortie") && aircraft != null && h.from() - aircraft.to() <= 2)) {
                hits = hits == null ? new ArrayList<>(named) : hits;
                hits.add(h);
            }
        }
        if (hits == null) {
            return named;
        }
        hits.sort((x, y) -> Integer.compare(x.from(), y.from()));
        return hits;
    }

    /**
     * The clauses of sentence {@code s}, whose words are [from, to): the sentence itself when it tells of one
     * event. A denial set against the event ("activists accused the coalition of shelling the camp, while the
     * coalition denied it", "…فيما نفى التحالف ذلك") is a clause of its own.
     */
    List<Sentences.Sentence> split(String text, Tokens tokens, Sentences.Sentence s, int from, int to,
                                   List<PlaceMention> places) {
        int denial = deniedAfter(tokens, from, to);
        if (denial < 0) {
            return byEvent(text, tokens, s, from, to, places);
        }
        Sentences.Sentence asserted = new Sentences.Sentence(s.start(), trimmed(text, s.start(),
                tokens.get(denial).start()), s.paragraph());
        List<Sentences.Sentence> clauses = new ArrayList<>(byEvent(text, tokens, asserted, from, denial, places));
        clauses.add(new Sentences.Sentence(tokens.get(denial).start(), s.end(), s.paragraph()));
        return clauses;
    }

    /** The word of a contrasting join right before a denial, after an event cue ("…, while the SDF denied"), else -1. */
    private int deniedAfter(Tokens tokens, int from, int to) {
        List<Phrases.Hit> hits = cues.find(tokens, from, to);
        for (Phrases.Hit h : hits) {
            if (!h.entry().key().equals("denial")) {
                continue;
            }
            for (int k = h.from() - 1; k > from && k >= h.from() - 1 - AGENT_WORDS; k--) {
                if (CONTRASTS.contains(tokens.get(k).folded()) || tokens.get(k).folded().equals("but")) {
                    return eventBefore(tokens, hits, from, k) ? k : -1;
                }
            }
        }
        return -1;
    }

    /** Whether words [from, k) tell of an event: an event cue, or a word of bombing, attack or killing. */
    private boolean eventBefore(Tokens tokens, List<Phrases.Hit> hits, int from, int k) {
        for (Phrases.Hit h : hits) {
            String kind = h.entry().key();
            if (h.to() <= k && (kind.equals("bombing") || kind.equals("attack") || kind.equals("killed"))) {
                return true;
            }
        }
        return !events.find(tokens, from, k).isEmpty();
    }

    private List<Sentences.Sentence> byEvent(String text, Tokens tokens, Sentences.Sentence s, int from, int to,
                                             List<PlaceMention> places) {
        List<Sentences.Sentence> clauses = new ArrayList<>();
        int start = s.start();
        Phrases.Hit opening = null;
        for (Phrases.Hit h : eventWords(tokens, from, to)) {
            boolean splits = opening != null && !h.entry().key().equals(opening.entry().key()) && joined(text, tokens, h, from)
                    && placed(places, start, opening, h, s.end(), contrast(tokens, h, from) >= 0);
            if (splits) {
                clauses.add(new Sentences.Sentence(start, trimmed(text, start, cut(tokens, h, from)), s.paragraph()));
                int contrast = contrast(tokens, h, from);
                start = contrast >= 0 ? tokens.get(contrast + 1).start() : h.start();
            }
            if (opening == null || splits) {
                opening = h;
            }
        }
        clauses.add(new Sentences.Sentence(start, s.end(), s.paragraph()));
        return clauses;
    }

    /** Whether the cue opens a coordinated clause: "وقصف", "and shelling", ", shelling". */
    private static boolean joined(String text, Tokens tokens, Phrases.Hit h, int from) {
        String written = tokens.get(h.from()).folded();
        String phrase = h.entry().tokens().get(0);
        if (written.startsWith("و") && !phrase.startsWith("و") && written.length() > phrase.length()) {
            return true;
        }
        if (joinBefore(tokens, h, from) >= 0) {
            return true;
        }
        int start = h.from() > from && ADJECTIVES.contains(tokens.get(h.from() - 1).folded())
                ? tokens.get(h.from() - 1).start() : h.start(); // ", fierce battles on the Gharanij axis"
        int k = start;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        boolean comma = k > 0 && (text.charAt(k - 1) == ',' || text.charAt(k - 1) == '،');
        return comma || contrast(tokens, h, from) >= 0;
    }

    /** The word index of a contrasting join a few words before the cue ("while coalition jets struck"), else -1. */
    private static int contrast(Tokens tokens, Phrases.Hit h, int from) {
        for (int k = h.from() - 1; k >= Math.max(from, h.from() - 1 - AGENT_WORDS); k--) {
            if (CONTRASTS.contains(tokens.get(k).folded())) {
                return k;
            }
        }
        return -1;
    }

    /** The word index of a joining word right before the cue, or before an article before it ("and a roadside bomb"), else -1. */
    private static int joinBefore(Tokens tokens, Phrases.Hit h, int from) {
        int k = h.from() - 1;
        if (k > from && ARTICLES.contains(tokens.get(k).folded())) {
            k--;
        }
        return k >= from && JOINS.contains(tokens.get(k).folded()) ? k : -1;
    }

    /** Where the first clause ends: before the joining word ("and shelling"), else before the cue. */
    private static int cut(Tokens tokens, Phrases.Hit h, int from) {
        int join = joinBefore(tokens, h, from);
        int contrast = contrast(tokens, h, from);
        return join >= 0 ? tokens.get(join).start() : contrast >= 0 ? tokens.get(contrast).start() : h.start();
    }

    /**
     * Whether each side of a split names its place: after its own cue for a plain join; for a contrast
     * ("…, while Russian jets bombed the attackers") the second event may be where the first was.
     */
    private static boolean placed(List<PlaceMention> places, int start, Phrases.Hit opening, Phrases.Hit h, int end,
                                  boolean contrasted) {
        if (contrasted) {
            return placeWithin(places, start, h.start());
        }
        return placeWithin(places, opening.end(), h.start()) && placeWithin(places, h.end(), end);
    }

    private static boolean placeWithin(List<PlaceMention> places, int start, int end) {
        return places.stream().anyMatch(p -> p.span().start() >= start && p.span().end() <= end);
    }

    private static int trimmed(String text, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',' || text.charAt(e - 1) == '،')) {
            e--;
        }
        return e;
    }
}
