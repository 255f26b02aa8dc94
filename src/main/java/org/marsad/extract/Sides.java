package org.marsad.extract;

import java.util.List;
import java.util.Set;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Where the shape of a sentence settles the sides of its event. Two parties named as a pair ("clashes
 * between the SDF and ISIS", "اشتباكات بين قسد وداعش") are the first and second actor in the order the
 * text names them, as ACLED codes a clash, whichever side the toll then counts; a party named only in a
 * clause of circumstance ("after an ISIS counter-attack", "بعد انسحاب قسد منها") is a side of the event
 * the main clause tells only after the parties that clause names.
 */
final class Sides {
    private static final Set<String> BETWEEN = Set.of("between", "بين");
    private static final Set<String> AND = Set.of("and", "و");
    /** Words naming the second of two parties named before ("launched by the latter", "شنه الأخير"). */
    private static final Set<String> LATTER = Set.of("latter", "الاخير");
    /**
     * Words that open a clause of what came before the event reported; not "amid"/"وسط", which as often
     * say where ("blew himself up amid SDF fighters", "وسط تجمع لقسد").
     */
    static final Set<String> CIRCUMSTANCE = Set.of("after", "following", "بعد", "اثر", "عقب");
    /** Words after "after" that make it a time of day, not a clause ("بعد منتصف الليل", "after midnight"). */
    private static final Set<String> TIMES = Set.of("midnight", "dawn", "noon", "منتصف", "ظهر", "الظهر",
            "الفجر", "صلاه", "ساعات", "ساعه", "ايام", "يوم", "يومين", "hours", "days", "nightfall", "sunset");
    /** How far into a clause of circumstance its party may stand. */
    private static final int CLAUSE_WORDS = 5;

    private Sides() {
    }

    /**
     * The pair named after "between"/"بين" when it is the first of the sentence's {@code parties} and
     * the next party is joined to it by "and"/"و"; else null.
     */
    static ActorRoles.Roles between(Tokens tokens, List<Phrases.Hit> parties) {
        if (parties.size() < 2) {
            return null;
        }
        Phrases.Hit a = parties.get(0);
        Phrases.Hit b = parties.get(1);
        if (civilians(a) || civilians(b) || a.entry().key().equals(b.entry().key())) {
            return null;
        }
        int start = RoleMarks.membersOf(tokens, a.from());
        boolean between = BETWEEN.contains(word(tokens, start - 1)) || BETWEEN.contains(word(tokens, start - 2));
        return between && joined(tokens, a, b) ? new ActorRoles.Roles(a, b) : null;
    }

    /**
     * Whether the text names the second of a pair of sides as the one who began the fight, by a later
     * mention as the one who attacked ("clashes between the SDF and ISIS after an ISIS attack") or as
     * "the latter" ("إثر هجوم شنه الأخير"): ACLED makes the initiator the first actor. {@code parties} are
     * the sentence's parties, {@code to} the end of its words.
     */
    static boolean startedBySecond(Tokens tokens, ActorRoles.Roles pair, List<Phrases.Hit> parties, int to) {
        for (Phrases.Hit h : parties) {
            if (h.from() >= pair.actor2().to() && RoleMarks.of(tokens, h) == RoleMarks.Mark.AGENT) {
                return h.entry().key().equals(pair.actor2().entry().key());
            }
        }
        for (int k = pair.actor2().to(); k < to; k++) {
            if (LATTER.contains(tokens.get(k).folded())) {
                String before = word(tokens, k - 1);
                return RoleMarks.AGENT_MARKS.contains(before) || before.equals("by") || word(tokens, k - 2).equals("by");
            }
        }
        return false;
    }

    /** Whether {@code b} follows {@code a} within two words, joined by "and" or the proclitic و. */
    private static boolean joined(Tokens tokens, Phrases.Hit a, Phrases.Hit b) {
        if (b.from() - a.to() > 2) {
            return false;
        }
        for (int k = a.to(); k < b.from(); k++) {
            String w = tokens.get(k).folded();
            if (AND.contains(w) || (w.startsWith("و") && w.length() > 3)) {
                return true; // "بين قسد ومسلحي داعش"
            }
        }
        String written = tokens.get(b.from()).folded();
        String phrase = b.entry().tokens().get(0);
        return written.startsWith("و") && !phrase.startsWith("و") && written.length() > phrase.length();
    }

    /**
     * Whether the party stands in a clause of circumstance that begins at most a few words before it,
     * within the sentence that begins at word {@code from} and without a comma between, while the
     * event cue at word {@code cue} (-1 for none) lies outside that clause: the clause tells what came
     * before the event ("SDF retook al-Kashma after an ISIS counter-attack"), not the event itself
     * ("SDF fighters withdrew after an ISIS counter-attack").
     */
    static boolean background(Tokens tokens, int from, Phrases.Hit h, int cue) {
        for (int k = h.from() - 1; k >= Math.max(from, h.from() - CLAUSE_WORDS); k--) {
            if (CIRCUMSTANCE.contains(tokens.get(k).folded()) && !TIMES.contains(word(tokens, k + 1))) {
                String between = tokens.original().substring(tokens.get(k).end(), h.start());
                boolean cueInside = cue > k && cue <= h.to() + 2;
                return !cueInside && !between.contains(",") && !between.contains("،");
            }
        }
        return false;
    }

    private static boolean civilians(Phrases.Hit h) {
        return h.entry().key().equals("civilians");
    }

    private static String word(Tokens tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).folded() : "";
    }
}
