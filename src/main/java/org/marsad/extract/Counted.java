package org.marsad.extract;

import java.util.Set;
import org.marsad.lexicon.Tokens;

/**
 * What a number in a sentence counts. Not people when it is a year, a length of time ("24 hours") or
 * one of a thing ("عائلة واحدة", "of one family"); people named before it ("killing four of them") or a
 * few words after it ("seven members of one family").
 */
final class Counted {
    /** Words after a count that say it counts people, whose fate may come after an aside. */
    static final Set<String> PEOPLE = Set.of("people", "persons", "civilians", "others", "اشخاص", "شخصا", "افراد",
            "مدنيين", "اخرين", "اخرون");
    /** Things a number may count ("several raids", "20 غارة", "three tanks"): such a count is of no people. */
    private static final Set<String> THINGS = Set.of("raids", "raid", "strikes", "airstrikes", "sorties", "shells",
            "rockets", "missiles", "mortars", "tanks", "vehicles", "cars", "car", "trucks", "houses", "homes", "buildings",
            "ieds", "bombs", "mines", "landmines", "villages", "positions", "checkpoints", "tunnels", "times", "km",
            "kilometres", "kilometers", "miles", "metres", "meters", "attacks", "percent", "غاره", "غارات", "قذيفه",
            "قذائف", "صاروخ", "صواريخ", "منزل", "منازل", "مبان", "مباني", "سياره", "سيارات", "اليه", "اليات", "دبابه",
            "دبابات", "عبوه", "عبوات", "لغم", "الغام", "قريه", "قري", "مواقع", "نقطه", "نقاط", "مره", "مرات", "كم",
            "كيلومتر", "كيلومترات", "انفاق", "مستودعات", "هجمات", "ضربه", "ضربات", "suicide", "انتحاريين", "انتحاريان");
    /** Words for a family: "a family of seven", "عائلة من ستة أفراد" count civilians. */
    private static final Set<String> FAMILY = Set.of("family", "families", "عائله", "اسره", "عائلات");
    /** Words after a number that make it a length of time ("24 hours", "two days"), not people. */
    private static final Set<String> TIME_UNITS = Set.of("hour", "hours", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "minutes", "ساعه", "ساعات", "يوم", "يوما", "ايام", "يومين", "اسبوع", "اسابيع",
            "شهر", "اشهر", "شهور", "سنه", "سنوات", "اعوام", "دقائق", "دقيقه");
    /** Nouns that "واحد" after them or "one" before them describes, not counts among the dead: "من عائلة واحدة", "of one family". */
    private static final Set<String> ONE_OF = Set.of("عائله", "اسره", "يوم", "منزل", "بيت", "مره", "دفعه", "مكان",
            "سياره", "غاره", "family", "day", "house");

    private Counted() {
    }

    /** Whether count {@code c} of words [from, to) counts no people: a year, a length of time, one of a thing, things. */
    static boolean notPeople(Tokens tokens, Numbers.Count c, int from, int to) {
        return isYear(c) || lengthOfTime(tokens, c, to) || oneOfAThing(tokens, c, from) || countOfThings(tokens, c, to);
    }

    /** "several raids", "three tanks", "20 غارة": the number counts the things named right after it. */
    static boolean countOfThings(Tokens tokens, Numbers.Count c, int to) {
        return !c.dual() && c.to() < to && THINGS.contains(tokens.get(c.to()).folded());
    }

    /** "a family of seven", "عائلة كاملة من ستة أفراد": a count of a family's members, who are civilians. */
    static boolean familyCount(Tokens tokens, Numbers.Count c) {
        for (int k = c.from() - 2; k >= Math.max(0, c.from() - 3); k--) {
            if (FAMILY.contains(tokens.get(k).folded())) {
                String of = tokens.get(c.from() - 1).folded();
                return of.equals("of") || of.equals("من");
            }
        }
        return false;
    }

    /** "عائلة واحدة", "one family": the number says how many of the thing before it, not how many people. */
    static boolean oneOfAThing(Tokens tokens, Numbers.Count c, int from) {
        return c.value() == 1 && ((c.from() > from && ONE_OF.contains(tokens.get(c.from() - 1).folded()))
                || (c.to() < tokens.size() && ONE_OF.contains(tokens.get(c.to()).folded()))); // "of one family"
    }

    /** "24 hours", "two days": a number of units of time. */
    static boolean lengthOfTime(Tokens tokens, Numbers.Count c, int to) {
        return c.to() < to && TIME_UNITS.contains(tokens.get(c.to()).folded());
    }

    /**
     * "seven of them children": a count of people named before, a part of the sentence's earlier count
     * when there is one; "killing four of them" after "farm workers": civilians when they were.
     */
    static boolean ofThem(Tokens tokens, int end) {
        return end + 1 < tokens.size() && tokens.get(end).folded().equals("of")
                && (tokens.get(end + 1).folded().equals("them") || tokens.get(end + 1).folded().equals("whom"));
    }

    /** "seven members of one family", "خمسة من أفراد عائلة": who the members were comes a few words later. */
    static boolean membersOf(Tokens tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        String w = tokens.get(end).folded();
        return w.equals("members") || w.equals("افراد") || (w.equals("من") && end + 1 < tokens.size()
                && tokens.get(end + 1).folded().equals("افراد"));
    }

    static boolean isYear(Numbers.Count c) {
        return c.rule().startsWith("digits") && c.value() >= 1900 && c.value() <= 2100;
    }
}
