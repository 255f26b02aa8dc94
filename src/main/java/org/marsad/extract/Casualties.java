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
    /** Words after a number that make it a length of time ("24 hours", "two days"), not people. */
    private static final Set<String> TIME_UNITS = Set.of("hour", "hours", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "minutes", "ساعه", "ساعات", "يوم", "يوما", "ايام", "يومين", "اسبوع", "اسابيع",
            "شهر", "اشهر", "شهور", "سنه", "سنوات", "اعوام", "دقائق", "دقيقه");
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
        List<Casualty> found = new ArrayList<>();
        List<Numbers.Count> counts = numbers.find(tokens, from, to);
        for (int k = 0; k < counts.size(); k++) {
            Numbers.Count c = counts.get(k);
            if (dateWords.contains(c.from()) || isYear(c) || lengthOfTime(tokens, c, to)) {
                continue;
            }
            Numbers.Count upper = rangeEnd(tokens, counts, k);
            Casualty casualty = read(tokens, c, upper, hits, from, to);
            if (casualty != null) {
                found.add(alternativeTo(tokens, found, casualty));
            }
            if (upper != null) {
                k++;
            }
        }
        return found;
    }

    /** "24 hours", "two days": a number of units of time. */
    private static boolean lengthOfTime(Tokens tokens, Numbers.Count c, int to) {
        return c.to() < to && TIME_UNITS.contains(tokens.get(c.to()).folded());
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

    private static boolean isYear(Numbers.Count c) {
        return c.rule().startsWith("digits") && c.value() >= 1900 && c.value() <= 2100;
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

    private Casualty read(Tokens tokens, Numbers.Count c, Numbers.Count upper, List<Phrases.Hit> hits, int from, int to) {
        int end = upper == null ? c.to() : upper.to();
        Phrases.Hit kind = nearest(hits, c.from(), end, "killed", "injured");
        if (kind == null && !c.dual()) {
            return null;
        }
        boolean killed = kind == null ? isKilledDual(c) : kind.entry().key().equals("killed");
        if (c.dual() && isInjuredDual(c)) {
            killed = false;
        }
        boolean civilian = follows(hits, end, "civilian", 2) || (c.dual() && isCivilianDual(c));
        boolean subset = precedes(hits, c.from(), "subset", 2);
        String qualifier = qualifier(hits, c.from());
        Figure figure = new Figure(c.value(), upper == null ? c.value() : upper.value());
        String why = c.rule() + (upper == null ? "" : " to " + upper.rule())
                + (kind == null ? "" : " with " + kind.entry().rule())
                + (qualifier.isEmpty() ? "" : " qualified '" + qualifier + "'")
                + (civilian ? " (civilians)" : "") + (subset ? " (part of a total)" : "");
        return new Casualty(figure, killed, civilian, subset, c.from(), end, why);
    }

    private static Phrases.Hit nearest(List<Phrases.Hit> hits, int from, int to, String... keys) {
        Phrases.Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Phrases.Hit h : hits) {
            if (!List.of(keys).contains(h.entry().key())) {
                continue;
            }
            int distance = h.from() >= to ? h.from() - to : from - h.to();
            if (distance >= 0 && distance <= WINDOW && distance < bestDistance) {
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
        return c.word().startsWith("مدني") || c.word().startsWith("طفل");
    }
}
