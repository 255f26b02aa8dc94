package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Finds the people a sentence says were killed or injured: each count tied to the nearest
 * casualty word, marked civilian when a civilian word follows it, with its qualifier ("at least",
 * "between 10 and 15") and whether it is a part of a total already counted ("including 9 civilians").
 */
final class Casualties {
    private static final int WINDOW = 6;
    /** How far the verb of a count that opens its clause may stand: "Two members of the Deir ez-Zor Military Council were killed". */
    private static final int SUBJECT_WINDOW = 12;
    /** How far back "N of them" looks for the civilians it counts. */
    private static final int ANAPHORA = 10;
    /** Words that set a second source's toll against the first ("36 …, while activists said 40"): alternatives, not parts. */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "but", "بينما", "فيما", "حين");

    private final Numbers numbers;
    private final Phrases cues;

    /**
     * One count of casualties. {@code alternative} marks a toll that another source gives for the
     * same people, set against an earlier count of the sentence ("while activists said at least 40").
     */
    record Casualty(Figure figure, boolean killed, boolean civilian, boolean subset, int from, int to, String why,
                    boolean alternative) {
        Casualty(Figure figure, boolean killed, boolean civilian, boolean subset, int from, int to, String why) {
            this(figure, killed, civilian, subset, from, to, why, false);
        }
    }

    Casualties(Lexicon lexicon) {
        this.numbers = new Numbers(lexicon);
        this.cues = lexicon.phrases("cues.tsv");
    }

    List<Casualty> find(Tokens tokens, int from, int to, Set<Integer> dateWords) {
        List<Phrases.Hit> hits = cues.find(tokens, from, to);
        boolean toll = hasToll(hits);
        List<Casualty> found = new ArrayList<>();
        List<Numbers.Count> counts = numbers.find(tokens, from, to);
        List<Numbers.Count> people = counts.stream().filter(n -> !dateWords.contains(n.from()) && !Counted.isYear(n)).toList();
        for (int k = 0; k < counts.size(); k++) {
            Numbers.Count c = counts.get(k);
            if ((!toll && !c.dual()) || dateWords.contains(c.from()) || Counted.notPeople(tokens, c, from, to)
                    || (c.value() == 1 && Victims.cause(tokens, c.from(), from))) {
                continue;
            }
            Numbers.Count upper = rangeEnd(tokens, counts, k);
            Casualty casualty = read(tokens, c, upper, hits, found, people);
            if (casualty != null) {
                found.add(alternativeTo(tokens, found, partOfTheSameList(tokens, hits, found, casualty)));
            }
            if (upper != null) {
                k++;
            }
        }
        return hits.isEmpty() ? found : withOneVictim(tokens, hits, from, found);
    }

    /** The counts found, with one person killed or injured ({@link Victims}) when no count of that kind was read. */
    private static List<Casualty> withOneVictim(Tokens tokens, List<Phrases.Hit> hits, int from, List<Casualty> found) {
        boolean killed = false;
        boolean injured = false;
        for (Casualty c : found) {
            killed |= c.killed();
            injured |= !c.killed();
        }
        if (!killed) {
            Victims.one(tokens, hits, from, true).ifPresent(found::add);
        }
        if (!injured) {
            Victims.one(tokens, hits, from, false).ifPresent(found::add);
        }
        return found;
    }

    /**
     * A civilian count listed right after a civilian part of a total is a part too: "36 killed,
     * among them 15 children and 9 women" adds no one to the 36.
     */
    private static Casualty partOfTheSameList(Tokens tokens, List<Phrases.Hit> hits, List<Casualty> earlier, Casualty c) {
        Casualty previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (previous == null || c.subset() || !previous.subset() || !previous.civilian() || !c.civilian()
                || previous.killed() != c.killed() || c.from() - previous.to() > 3) {
            return c;
        }
        boolean listed = hits.stream().noneMatch(h -> h.from() >= previous.to() && h.from() < c.from()
                && (h.entry().key().equals("killed") || h.entry().key().equals("injured")))
                && !contrastBetween(tokens, previous.to(), c.from());
        return listed ? new Casualty(c.figure(), c.killed(), true, true, c.from(), c.to(), c.why() + " (part of a total)")
                : c;
    }

    /** Whether any word of killing or injury stands in the sentence: without one only a dual noun ("قتيلان") counts. */
    private static boolean hasToll(List<Phrases.Hit> hits) {
        for (Phrases.Hit h : hits) {
            String key = h.entry().key();
            if (key.equals("killed") || key.equals("injured")) {
                return true;
            }
        }
        return false;
    }

    /** The casualty, marked as an alternative when a contrast word separates it from an earlier count of the same kind. */
    private static Casualty alternativeTo(Tokens tokens, List<Casualty> earlier, Casualty c) {
        if (c.subset()) {
            return c;
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Casualty e = earlier.get(k);
            if (e.killed() == c.killed() && !e.subset() && contrastBetween(tokens, e.to(), c.from())) {
                return new Casualty(c.figure(), c.killed(), c.civilian(), false, c.from(), c.to(),
                        c.why() + " (another source's toll)", true);
            }
        }
        return c;
    }

    private static boolean contrastBetween(Tokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CONTRASTS.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** "between 10 and 15": the second count of a range, or null. */
    private static Numbers.Count rangeEnd(Tokens tokens, List<Numbers.Count> counts, int k) {
        Numbers.Count c = counts.get(k);
        if (k + 1 >= counts.size() || c.from() == 0) {
            return null;
        }
        String before = tokens.get(c.from() - 1).folded();
        Numbers.Count next = counts.get(k + 1);
        boolean between = before.equals("between") || before.equals("بين");
        boolean joined = (next.from() == c.to() + 1 && List.of("and", "و", "to", "الي").contains(tokens.get(c.to()).folded()))
                || (next.from() == c.to() && next.conjoined());
        return between && joined && next.value() >= c.value() ? next : null;
    }

    private Casualty read(Tokens tokens, Numbers.Count c, Numbers.Count upper, List<Phrases.Hit> hits,
                          List<Casualty> earlier, List<Numbers.Count> counts) {
        int end = upper == null ? c.to() : upper.to();
        Phrases.Hit kind = nearest(hits, c.from(), end, c.value() > 1 && !c.dual());
        if (!c.dual() && (kind == null || joinedAfter(tokens, kind, c.from()))) {
            Phrases.Hit own = verbOfSubject(tokens, hits, end, counts); // "30 people, most of them women, were killed"
            kind = own != null ? own : kind; // "One fighter was killed and three others were wounded": the wounded
        }
        boolean ofThem = Counted.ofThem(tokens, end);
        int reach = end - c.from() + 2 + (Counted.membersOf(tokens, end) ? 2 : 0);
        boolean civilian = follows(hits, c.from(), "civilian", reach) || follows(hits, c.from(), "civilian_one", reach)
                || (c.dual() && isCivilianDual(c)) || Counted.familyCount(tokens, c)
                || (ofThem && earlier.isEmpty() && precedes(hits, c.from(), "civilian", ANAPHORA));
        boolean subset = precedes(hits, c.from(), "subset", 2) || (ofThem && !earlier.isEmpty());
        Casualty whole = kind == null && !c.dual() ? listedAfter(earlier, c, subset, civilian) : null;
        if (kind == null && !c.dual() && whole == null) {
            return null;
        }
        boolean killed = whole != null ? whole.killed() : kind == null ? isKilledDual(c) : kind.entry().key().equals("killed");
        if (c.dual() && isInjuredDual(c)) {
            killed = false;
        } else if (c.dual() && c.word().startsWith("قتيل")) {
            killed = true; // "قتيلان وثلاثة جرحى": the dual names its own dead, whatever cue is nearest
        }
        String qualifier = qualifier(hits, c.from());
        Figure figure = new Figure(c.value(), upper == null ? c.value() : upper.value());
        String why = c.rule() + (upper == null ? "" : " to " + upper.rule())
                + (kind == null ? "" : " with " + kind.entry().rule())
                + (whole == null ? "" : " listed after the toll " + whole.figure().low())
                + (qualifier.isEmpty() ? "" : " qualified '" + qualifier + "'")
                + (civilian ? " (civilians)" : "") + (subset ? " (part of a total)" : "");
        return new Casualty(figure, killed, civilian, subset, c.from(), end, why);
    }

    /**
     * The count that a count without a casualty word of its own belongs to, when it lists who was in
     * it ("killed 30 people on Tuesday, among them 11 children and 6 women"), or null.
     */
    private static Casualty listedAfter(List<Casualty> earlier, Numbers.Count c, boolean subset, boolean civilian) {
        if (earlier.isEmpty()) {
            return null;
        }
        Casualty previous = earlier.get(earlier.size() - 1);
        boolean part = subset || (civilian && previous.subset() && c.from() - previous.to() <= 3);
        return part ? previous : null;
    }

    /**
     * The casualty word of a count of people that opens its clause, when it stands further than the window
     * ("17 people from one family, including women and children, were killed"): the first one after the
     * people word that has no count of its own after it ("and wounding 8 others" counts its own). Null when
     * the count names no people right after it.
     */
    private static Phrases.Hit verbOfSubject(Tokens tokens, List<Phrases.Hit> hits, int end, List<Numbers.Count> counts) {
        if (!namesPeople(tokens, hits, end)) {
            return null;
        }
        for (Phrases.Hit h : hits) {
            String key = h.entry().key();
            if (h.from() > end && h.from() - end <= SUBJECT_WINDOW && (key.equals("killed") || key.equals("injured"))) {
                boolean countsItsOwn = counts.stream().anyMatch(n -> n.from() >= h.to() && n.from() - h.to() <= 3
                        && !joinedBetween(tokens, h.to(), n.from()));
                return countsItsOwn ? null : h;
            }
        }
        return null;
    }

    /**
     * Whether the words right after a count name people, maybe after a party's name or an adjective:
     * "30 people", "nine SDF fighters", "three others", "خمسة عناصر".
     */
    private static boolean namesPeople(Tokens tokens, List<Phrases.Hit> hits, int end) {
        int last = Math.min(tokens.size(), end + 3);
        for (int k = end; k < last; k++) {
            if (Counted.PEOPLE.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        for (Phrases.Hit h : hits) {
            String key = h.entry().key();
            if (h.from() >= end && h.from() < last && (key.equals("civilian") || key.equals("combatant"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a conjunction stands between the casualty word before a count and the count ("was killed and
     * three others…", "وثلاثة"): that word told of others.
     */
    private static boolean joinedAfter(Tokens tokens, Phrases.Hit kind, int count) {
        return kind.to() <= count && joinedBetween(tokens, kind.to(), count);
    }

    /** Whether "and" or و stands in words [from, count], the count's own word included ("وثلاثة"). */
    private static boolean joinedBetween(Tokens tokens, int from, int count) {
        for (int k = from; k <= count; k++) {
            String w = tokens.get(k).folded();
            if (w.equals("and") || w.equals("و") || (k == count && w.length() > 1 && w.startsWith("و"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The casualty word nearest the count [from, to), within the window. A word right after a number ties
     * ahead of one right before it, as it names what the number counts ("قتيل وثلاثة جرحى": three wounded);
     * not after a noun read as one ("مقتل متظاهر وإصابة أربعة": the protester was killed).
     */
    private static Phrases.Hit nearest(List<Phrases.Hit> hits, int from, int to, boolean numberWord) {
        Phrases.Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Phrases.Hit h : hits) {
            String key = h.entry().key();
            if (!key.equals("killed") && !key.equals("injured")) {
                continue;
            }
            int distance = h.from() >= to ? h.from() - to : from - h.to();
            boolean countedNoun = numberWord && distance == 0 && h.from() >= to;
            if (distance >= 0 && distance <= WINDOW && (distance < bestDistance || (countedNoun && distance == bestDistance))) {
                best = h;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean follows(List<Phrases.Hit> hits, int at, String key, int within) {
        for (Phrases.Hit h : hits) {
            if (h.entry().key().equals(key) && h.from() >= at && h.from() - at < within) {
                return true;
            }
        }
        return false;
    }

    private static boolean precedes(List<Phrases.Hit> hits, int at, String key, int within) {
        for (Phrases.Hit h : hits) {
            if (h.entry().key().equals(key) && h.to() <= at && at - h.to() < within) {
                return true;
            }
        }
        return false;
    }

    private static String qualifier(List<Phrases.Hit> hits, int at) {
        for (Phrases.Hit h : hits) {
            String key = h.entry().key();
            if ((key.equals("at_least") || key.equals("more_than") || key.equals("about") || key.equals("up_to"))
                    && h.to() <= at && at - h.to() < 2) {
                return h.entry().phrase();
            }
        }
        return "";
    }

    /** The dual's own word, without the proclitic it may carry ("وجريحين" is "جريحين"). */
    private static boolean isKilledDual(Numbers.Count c) {
        return c.word().startsWith("قتيل") || !isInjuredDual(c);
    }

    private static boolean isInjuredDual(Numbers.Count c) {
        return c.word().startsWith("جريح");
    }

    private static boolean isCivilianDual(Numbers.Count c) {
        return c.word().startsWith("مدني") || c.word().startsWith("طفل") || c.word().startsWith("امرات");
    }
}
