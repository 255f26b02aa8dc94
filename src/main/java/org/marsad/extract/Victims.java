package org.marsad.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Finds the one person a sentence says was killed or injured without giving a count: "shot dead a
 * tribal elder", "the body of an SDF commander", "مقتل شاب", "أعدم عناصر التنظيم شيخ عشيرة". The
 * person is a word of kind {@code civilian_one} or {@code person} (cues.tsv) named just after the
 * killing word, or a little before it ("a shepherd was killed", "ضرب رجل … حتى الموت"). A death told
 * as the cause of what the sentence reports ("after a young man died in custody", "احتجاجا على مقتل
 * شاب") is not counted, nor a person on the far side of an attribution ("an SDF commander said").
 */
final class Victims {
    /** How many words after the killing word the person may be named. */
    private static final int AFTER = 4;
    /** How many words before the killing word the person may be named. */
    private static final int BEFORE = 6;
    /** Words that make a death the cause of the event reported, a few words before it. */
    private static final Set<String> CAUSES = Set.of("after", "following", "over", "بعد", "اثر", "احتجاجا", "خلفيه");
    private static final int CAUSE_WORDS = 3;

    private Victims() {
    }

    /** The one person killed ({@code killed}) or injured named in words [from, ..) of {@code hits}, if any. */
    static Optional<Casualties.Casualty> one(Tokens tokens, List<Phrases.Hit> hits, int from, boolean killed) {
        String kind = killed ? "killed" : "injured";
        for (int k = 0; k < hits.size(); k++) {
            Phrases.Hit word = hits.get(k);
            if (!word.entry().key().equals(kind)) {
                continue;
            }
            Phrases.Hit victim = after(hits, k);
            victim = victim != null ? victim : before(hits, k);
            if (victim != null && !cause(tokens, Math.min(word.from(), victim.from()), from)) {
                boolean civilian = victim.entry().key().equals("civilian_one");
                return Optional.of(new Casualties.Casualty(new Figure(1, 1), killed, civilian, false, victim.from(),
                        victim.to(), "one " + (civilian ? "civilian" : "person") + " '" + victim.entry().phrase()
                        + "' named beside " + word.entry().rule()));
            }
        }
        return Optional.empty();
    }

    private static Phrases.Hit after(List<Phrases.Hit> hits, int k) {
        Phrases.Hit word = hits.get(k);
        for (int j = k + 1; j < hits.size() && hits.get(j).from() - word.to() <= AFTER; j++) {
            if (victim(hits.get(j))) {
                return hits.get(j);
            }
            if (hits.get(j).entry().key().equals("attribution")) {
                return null;
            }
        }
        return null;
    }

    private static Phrases.Hit before(List<Phrases.Hit> hits, int k) {
        Phrases.Hit word = hits.get(k);
        for (int j = k - 1; j >= 0 && word.from() - hits.get(j).to() <= BEFORE; j--) {
            if (victim(hits.get(j))) {
                return hits.get(j);
            }
            if (hits.get(j).entry().key().equals("attribution")) {
                return null;
            }
        }
        return null;
    }

    private static boolean victim(Phrases.Hit hit) {
        String kind = hit.entry().key();
        return kind.equals("civilian_one") || kind.equals("person");
    }

    /** Whether a word a few words before word {@code at} makes what follows the cause of the event reported. */
    static boolean cause(Tokens tokens, int at, int from) {
        for (int k = at - 1; k >= Math.max(from, at - CAUSE_WORDS); k--) {
            if (CAUSES.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }
}
