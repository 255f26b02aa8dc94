package org.marsad.extract;

import java.util.List;
import java.util.Set;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Actors a sentence names who are no side of its event: the holder of a place ("a town held by ISIS",
 * "الخاضعة لسيطرة التنظيم"), an ally backing a side ("backed by coalition jets", "with coalition air
 * support", "بدعم من التحالف"), a victim's former party ("عنصرا سابقا في التنظيم") and the party a charge
 * names ("accused of being an ISIS informant", "بتهمة التعامل مع قسد").
 */
final class Bystanders {
    private static final Set<String> HELD = Set.of("held", "controlled", "run");
    /** Places an actor holds ("the last area held by ISIS"), unlike people it holds ("women held by ISIS"). */
    private static final Set<String> PLACES = Set.of("area", "areas", "town", "towns", "village", "villages", "city",
            "pocket", "enclave", "territory", "neighbourhood", "neighborhood", "district", "camp", "part", "parts", "bank");
    /** Arabic words right before an ally that fought beside the actor ("قسد مدعومة بطيران التحالف"). */
    private static final Set<String> BACKED = Set.of("مدعومه", "مدعوما", "مدعومين", "بدعم", "بمسانده", "باسناد",
            "بغطاء", "بمساعده", "بمشاركه");
    /** English participles of backing, which name the ally after "by" ("backed by", unlike "coalition-backed SDF"). */
    private static final Set<String> BACKED_BY = Set.of("backed", "supported", "aided", "assisted", "helped");
    /** Nouns of support: "with coalition air support", "with the support of the coalition", "بدعم جوي من التحالف". */
    private static final Set<String> SUPPORT = Set.of("support", "cover", "backing", "help", "assistance", "دعم",
            "غطاء", "اسناد", "مسانده", "مساعده");
    /** Words that may stand between a noun of support and the ally it names ("support of the", "دعم جوي من"). */
    private static final Set<String> LINKS = Set.of("of", "from", "the", "by", "air", "aerial", "من", "جوي", "جويه");
    /** Words before a party's former member ("عنصرا سابقا في التنظيم", "a former ISIS fighter"): no longer of the party. */
    private static final Set<String> FORMER = Set.of("سابقا", "سابق", "السابق", "former", "ex");
    /** Words of a charge whose party is no side of the event ("بتهمة التعامل مع قسد"); English needs "of"/"with" after them. */
    private static final Set<String> CHARGED = Set.of("بتهمه", "بتهم", "بحجه", "بذريعه", "اتهامه", "اتهامها",
            "اتهامهم", "اتهامهما", "لاتهامه", "لاتهامهم", "بدعوي");
    private static final Set<String> CHARGED_OF = Set.of("accused", "suspected", "charged", "charges", "convicted");
    private static final int CHARGE_WORDS = 5;
    /** Words without which a sentence names no bystander: each rule here needs one of them. */
    static final Set<String> TRIGGERS = triggers();

    private Bystanders() {
    }

    private static Set<String> triggers() {
        Set<String> words = new java.util.HashSet<>(HELD);
        List.of(BACKED, BACKED_BY, SUPPORT, FORMER, CHARGED, CHARGED_OF).forEach(words::addAll);
        words.addAll(Set.of("لسيطره", "سيطره", "control"));
        return Set.copyOf(words);
    }

    /** Whether the actor is no side of the event: a holder of a place, an ally, a former party or a charge's party. */
    static boolean aside(Tokens tokens, Phrases.Hit h) {
        return holder(tokens, h) || ally(tokens, h) || charged(tokens, h);
    }

    /**
     * Whether the actor is named as holding a place ("the ISIS-held village", "a town held by ISIS",
     * "الخاضعة لسيطرة التنظيم"): it was there, which says nothing of who acted; a place taken was taken from it.
     */
    static boolean holder(Tokens tokens, Phrases.Hit h) {
        if (HELD.contains(word(tokens, h.to()))) {
            return true;
        }
        String before = word(tokens, h.from() - 1);
        String twoBefore = word(tokens, h.from() - 2);
        return (before.equals("by") && HELD.contains(twoBefore) && PLACES.contains(word(tokens, h.from() - 3)))
                || before.equals("لسيطره") || (before.equals("سيطره") && twoBefore.equals("تحت"))
                || (before.equals("of") && twoBefore.equals("control"));
    }

    /**
     * Whether the actor backs another ("مدعومة بطيران التحالف", "backed by coalition jets", "with coalition
     * air support", "with the support of the coalition") or is one's former party ("عنصرا سابقا في التنظيم").
     */
    static boolean ally(Tokens tokens, Phrases.Hit h) {
        for (int k = h.from() - 1; k >= Math.max(0, h.from() - 2); k--) {
            if (BACKED.contains(tokens.get(k).folded()) || FORMER.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        for (int k = h.from() - 1; k >= Math.max(0, h.from() - 3) && sameClause(tokens, k, h); k--) {
            String w = tokens.get(k).folded();
            if (SUPPORT.contains(w) || BACKED.contains(w) || (BACKED_BY.contains(w) && word(tokens, k + 1).equals("by"))) {
                return true;
            }
            if (!LINKS.contains(w)) {
                break; // "with coalition air support, SDF units captured…": the SDF is not the one supporting
            }
        }
        boolean with = word(tokens, h.from() - 1).equals("with") || word(tokens, h.from() - 2).equals("with");
        return with && (SUPPORT.contains(word(tokens, h.to())) || SUPPORT.contains(word(tokens, h.to() + 1)));
    }

    /**
     * Whether the actor is the party of a charge laid on someone ("accused of being an ISIS informant",
     * "بتهمة التعامل مع قسد"), within a few words and the same clause.
     */
    static boolean charged(Tokens tokens, Phrases.Hit h) {
        for (int k = h.from() - 1; k >= Math.max(0, h.from() - CHARGE_WORDS); k--) {
            String w = tokens.get(k).folded();
            String next = word(tokens, k + 1);
            if (CHARGED.contains(w) || (CHARGED_OF.contains(w) && (next.equals("of") || next.equals("with")))) {
                return sameClause(tokens, k, h);
            }
        }
        return false;
    }

    /** Whether no comma stands between word {@code k} and the actor. */
    private static boolean sameClause(Tokens tokens, int k, Phrases.Hit h) {
        String between = tokens.original().substring(tokens.get(k).end(), h.start());
        return between.indexOf(',') < 0 && between.indexOf('،') < 0;
    }

    private static String word(Tokens tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).folded() : "";
    }
}
