package org.marsad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.lexicon.Entry;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Actors named by a nationality and their arms with words between that no alias lists: "Iraqi F-16 jets",
 * "Russian Su-34 warplanes", "طائرات حربية روسية". The nationalities come from the aliases of actors.tsv that
 * are a nationality and a force noun ("Iraqi jets", "الطائرات الروسية"), each standing for its actor; a
 * nationality two actors share names neither.
 */
final class Demonyms {
    /** Nouns of armed force an English nationality comes before and an Arabic one after. */
    private static final Set<String> FORCES = Set.of("jets", "warplanes", "aircraft", "planes", "drones",
            "helicopters", "artillery", "howitzers", "troops", "forces", "soldiers", "army", "bombers", "gunships", "commandos",
            "طائرات", "طيران", "مدفعيه", "قوات", "مقاتلات", "مروحيات", "جنود", "جيش", "راجمات", "دبابات", "الطائرات",
            "الطيران", "المدفعيه", "القوات", "المقاتلات", "المروحيات", "الجنود", "الجيش", "الراجمات", "الدبابات");
    /** Words that may stand between a nationality and its arms: models and kinds ("F-16", "Su-34", "fighter"). */
    private static final Set<String> KINDS = Set.of("fighter", "attack", "combat", "government", "regime", "military",
            "air", "force", "apache", "sukhoi", "mig", "reaper", "predator", "caesar", "حربيه", "الحربيه", "مسيره", "تابعه",
            "مقاتله", "حربي");
    private static final int BETWEEN = 3;

    /** Each nationality, folded and without its article, and the alias it was learnt from. */
    private final Map<String, Entry> nationalities;
    /** The words a scan stops at: the nationalities, English ones only, and the Arabic force nouns. */
    private final Map<String, Boolean> starts;

    Demonyms(Lexicon lexicon) {
        Map<String, Entry> learnt = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Entry e : lexicon.entries("actors.tsv")) {
            String nationality = nationality(e.tokens());
            if (nationality != null && learnt.containsKey(nationality)
                    && !learnt.get(nationality).key().equals(e.key())) {
                shared.add(nationality);
            } else if (nationality != null) {
                learnt.putIfAbsent(nationality, e);
            }
        }
        shared.forEach(learnt::remove);
        this.nationalities = Map.copyOf(learnt);
        this.starts = new HashMap<>(); // read only after it is made
        learnt.keySet().stream().filter(w -> w.length() > 2 && ascii(w)).forEach(w -> starts.put(w, true));
        FORCES.stream().filter(w -> !ascii(w)).forEach(w -> starts.put(w, false));
    }

    /** The nationality of a two-word alias of a nationality and a force noun, without its article; else null. */
    private static String nationality(List<String> alias) {
        if (alias.size() != 2) {
            return null;
        }
        if (FORCES.contains(alias.get(1)) && ascii(alias.get(0))) {
            return alias.get(0); // "iraqi jets"
        }
        return FORCES.contains(alias.get(0)) && alias.get(1).startsWith("ال") ? bare(alias.get(1)) : null;
    }

    /** The actors words [from, to) name by nationality and arms, none inside a hit already {@code found}. */
    List<Phrases.Hit> find(Tokens tokens, int from, int to, List<Phrases.Hit> found) {
        List<Phrases.Hit> hits = new ArrayList<>(1);
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).folded();
            Boolean nationality = starts.get(w);
            if (nationality == null) {
                continue;
            }
            Entry english = nationality ? nationalities.get(w) : null;
            int end = nationality ? forceAfter(tokens, i, to) : nationalityAfter(tokens, i, to);
            if (end > 0 && free(found, i, end)) {
                Entry entry = english != null ? english : nationalities.get(bare(tokens.get(end - 1).folded()));
                hits.add(new Phrases.Hit(entry, i, end, tokens.get(i).start(), tokens.get(end - 1).end()));
                i = end - 1;
            }
        }
        return hits;
    }

    /** The end of "Iraqi F-16 jets" whose nationality is word {@code i}, or -1. */
    private static int forceAfter(Tokens tokens, int i, int to) {
        for (int k = i + 1; k < Math.min(to, i + 2 + BETWEEN); k++) {
            String w = tokens.get(k).folded();
            if (FORCES.contains(w)) {
                return k + 1;
            }
            if (!KINDS.contains(w) && !model(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** The end of "طائرات حربية روسية" whose force noun is word {@code i}, or -1. */
    private int nationalityAfter(Tokens tokens, int i, int to) {
        for (int k = i + 1; k < Math.min(to, i + 2 + BETWEEN); k++) {
            String w = bare(tokens.get(k).folded());
            if (nationalities.containsKey(w) && !ascii(w)) {
                return k + 1;
            }
            if (!KINDS.contains(tokens.get(k).folded())) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A model's part: "f", "16", "su", "34", "b", "52". */
    private static boolean model(String w) {
        return w.length() <= 2 || w.chars().anyMatch(Character::isDigit);
    }

    private static boolean free(List<Phrases.Hit> found, int from, int to) {
        for (Phrases.Hit h : found) {
            if (h.from() < to && from < h.to()) {
                return false;
            }
        }
        return true;
    }

    /** The word without the article or ل/ب before it ("الروسيه", "للطائرات"). */
    private static String bare(String w) {
        if (w.startsWith("لل") && w.length() > 4) {
            return w.substring(2);
        }
        return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
    }
}
