package org.marsad.extract;

import java.util.List;
import java.util.Set;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Who acted and who was acted upon in a sentence. A word before an actor marks its role:
 * "by", "من قبل" mark the one who acted; "on", "against", "targeting", "positions of", "ضد",
 * "على", "مواقع" the target. Otherwise the first actor named is the one who acted (in Arabic the
 * agent often follows the verb: "قصف طيران التحالف مواقع لداعش"), and civilians are always the target.
 */
final class ActorRoles {
    private static final Set<String> TARGET_MARKS = Set.of("on", "against", "targeting", "targeted", "at", "of",
            "hit", "struck", "ضد", "علي", "مواقع", "نقاط", "مقرات", "معاقل", "positions", "from",
            "تجمع", "لعناصر", "عناصر", "بعناصر", "من", "with", "مع", "among", "amongst", "carrying", "تقل", "يقل");
    private static final Set<String> AGENT_MARKS = Set.of("by", "قبل", "بواسطه", "يد", "طائرات", "الطائرات", "طيران",
            "مقاتلات", "شنه", "شنها", "شنته", "هجوم", "لهجوم", "هجوما", "هجمات", "بهجوم");
    /** Strike nouns an actor with ل follows as the one who struck: "قصف للتحالف", "بقصف مدفعي لقوات النظام". */
    private static final Set<String> STRIKE_NOUNS = Set.of("قصف", "بقصف", "مدفعي", "جوي", "صاروخي", "غاره", "غارات",
            "بغارات", "بغاره", "ضربات", "ضربه", "هجوم", "بهجوم", "هجمات");
    private static final Set<String> AIRCRAFT = Set.of("طائرات", "طيران", "الطيران", "الطائرات", "مقاتلات");
    private static final Set<String> QUANTITIES = Set.of("hundreds", "dozens", "scores", "tens", "thousands", "number",
            "group", "groups", "members", "some", "most", "many", "several", "وحدات", "مئات", "عشرات", "الاف", "مجموعه",
            "مجموعات", "عدد");
    /** Words right after an actor that make it the one who acted: "an ISIS attack" is ISIS's, whoever repelled it. */
    private static final Set<String> AGENT_AFTER = Set.of("attack", "attacks", "offensive", "assault", "counter",
            "counterattack", "ambush", "raid", "advance");
    /** Words right after an actor that make it the target: "ISIS positions", "SDF checkpoint". */
    private static final Set<String> TARGET_AFTER = Set.of("positions", "position", "checkpoint", "checkpoints",
            "hideout", "hideouts", "convoy", "patrol", "targets", "office", "base", "gathering", "gatherings");

    private static final Set<String> HELD = Set.of("held", "controlled", "run");
    /** Words before an ally that fought beside the actor ("قسد مدعومة بطيران التحالف", "backed by coalition jets"). */
    private static final Set<String> BACKING = Set.of("مدعومه", "مدعوما", "مدعومين", "بدعم", "بمسانده", "باسناد",
            "backed", "supported", "aided");
    /** Words before a party's former member ("عنصرا سابقا في التنظيم", "a former ISIS fighter"): no longer of the party. */
    private static final Set<String> FORMER = Set.of("سابقا", "سابق", "السابق", "former", "ex");
    /** Words of being shot by someone ("برصاص عناصر حاجز لقوات النظام"): whoever follows fired. */
    private static final Set<String> SHOT_BY = Set.of("برصاص", "بنيران", "رصاص");
    /** Member nouns before "of"/"من" that name people of a party ("عناصر من داعش"): the role mark stands before them. */
    private static final Set<String> MEMBERS = Set.of("عناصر", "عنصر", "عنصرا", "مقاتلين", "مقاتلون", "مسلحين",
            "مسلحون", "fighters", "members", "militants");
    /** Verbs of handing over: the one handed to is the target ("handed over the town to the SDF", "سلمتها للشرطة"). */
    private static final Set<String> HAND_OVER = Set.of("handed", "hand", "handing", "سلمت", "سلمتها", "وسلمتها",
            "سلموها", "سلمها", "تسليم", "تسليمها");
    /** One who attacks, named with the party he belongs to ("a bomber of ISIS", "استشهادي من التنظيم"). */
    private static final Set<String> ATTACKERS = Set.of("bomber", "bombers", "attacker", "attackers", "gunman",
            "انتحاري", "استشهادي", "انغماسي", "مهاجم", "مهاجمون");
    private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "dawn", "night", "morning", "evening", "today", "yesterday", "tonight", "اليوم", "امس", "فجر");
    /** Places an actor holds ("the last area held by ISIS"), unlike people it holds ("women held by ISIS"). */
    private static final Set<String> PLACES = Set.of("area", "areas", "town", "towns", "village", "villages", "city",
            "pocket", "enclave", "territory", "neighbourhood", "neighborhood", "district", "camp", "part", "parts", "bank");

    private final Phrases actors;

    /** The two roles, each with the lexicon entry that named it, or null. */
    record Roles(Phrases.Hit actor1, Phrases.Hit actor2) {
    }

    ActorRoles(Lexicon lexicon) {
        this.actors = lexicon.phrases("actors.tsv");
    }

    List<Phrases.Hit> find(Tokens tokens, int from, int to) {
        return actors.find(tokens, from, to);
    }

    Roles decide(Tokens tokens, List<Phrases.Hit> found) {
        return decide(tokens, found, List.of());
    }

    /**
     * As {@link #decide(Tokens, List)}, where {@code victims} are the word ranges of casualty counts:
     * an actor named right after one ("9 ISIS fighters were killed", "مقتل 12 عنصرا من قسد") is a target.
     */
    Roles decide(Tokens tokens, List<Phrases.Hit> found, List<int[]> victims) {
        Phrases.Hit agent = null;
        Phrases.Hit target = null;
        for (Phrases.Hit h : found) {
            String role = role(tokens, h, victims);
            if (role.equals("agent") && agent == null) {
                agent = h;
            } else if (role.equals("target") && target == null && !same(h, agent)) {
                target = h;
            }
        }
        Phrases.Hit holder = null;
        for (Phrases.Hit h : found) {
            if (ally(tokens, h)) {
                continue;
            }
            if (holder(tokens, h)) {
                holder = holder == null && !same(h, agent) ? h : holder;
            } else if (agent == null && !same(h, target) && !civilians(h)) {
                agent = h;
            } else if (target == null && !same(h, agent) && !civilians(h)) {
                target = h;
            }
        }
        Phrases.Hit civilians = firstCivilians(found);
        return new Roles(agent, target != null ? target : civilians != null ? civilians : holder);
    }

    /**
     * An explicit mark wins ("by", "against"); else nearness to a toll makes a target. Civilians are
     * never the actor, and a target only when marked or counted: civilians merely named ("the
     * evacuation of civilians") yield to an armed party as the target.
     */
    private static String role(Tokens tokens, Phrases.Hit h, List<int[]> victims) {
        if (holder(tokens, h) || ally(tokens, h)) {
            return "";
        }
        String marked = role(tokens, h);
        if (civilians(h)) {
            return victim(h, victims) || marked.equals("target") ? "target" : "";
        }
        return marked.equals("agent") ? marked : victim(h, victims) ? "target" : marked;
    }

    /**
     * Whether the actor is named as holding a place ("the ISIS-held village", "a town held by ISIS",
     * "الخاضعة لسيطرة التنظيم"): it was there, which says nothing of who acted; a place taken was taken from it.
     */
    private static boolean holder(Tokens tokens, Phrases.Hit h) {
        String after = h.to() < tokens.size() ? tokens.get(h.to()).folded() : "";
        if (HELD.contains(after)) {
            return true;
        }
        String before = h.from() > 0 ? tokens.get(h.from() - 1).folded() : "";
        String twoBefore = h.from() > 1 ? tokens.get(h.from() - 2).folded() : "";
        String place = h.from() > 2 ? tokens.get(h.from() - 3).folded() : "";
        return (before.equals("by") && HELD.contains(twoBefore) && PLACES.contains(place)) || before.equals("لسيطره")
                || (before.equals("سيطره") && twoBefore.equals("تحت")) || (before.equals("of") && twoBefore.equals("control"));
    }

    /**
     * Whether the actor is named as backing another ("مدعومة بطيران التحالف") or as one's former party
     * ("عنصرا سابقا في التنظيم"): neither side of the event.
     */
    private static boolean ally(Tokens tokens, Phrases.Hit h) {
        for (int k = h.from() - 1; k >= Math.max(0, h.from() - 2); k--) {
            String w = tokens.get(k).folded();
            if (BACKING.contains(w) || FORMER.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Phrases.Hit firstCivilians(List<Phrases.Hit> found) {
        for (Phrases.Hit h : found) {
            if (civilians(h)) {
                return h;
            }
        }
        return null;
    }

    private static boolean victim(Phrases.Hit h, List<int[]> victims) {
        for (int[] v : victims) {
            if (h.from() >= v[0] && h.from() - v[1] <= 3) {
                return true;
            }
        }
        return false;
    }

    private static String role(Tokens tokens, Phrases.Hit h) {
        String after = h.to() < tokens.size() ? tokens.get(h.to()).folded() : "";
        if (TARGET_AFTER.contains(after)) {
            return "target";
        }
        if (AGENT_AFTER.contains(after) || AIRCRAFT.contains(h.entry().tokens().get(0))) {
            return "agent"; // "استهدفت طائرات التحالف…": aircraft strike, they are not struck
        }
        String surrender = surrender(tokens, h);
        if (!surrender.isEmpty()) {
            return surrender;
        }
        if (procliticLam(tokens, h) && h.from() > 0 && STRIKE_NOUNS.contains(tokens.get(h.from() - 1).folded())) {
            return "agent"; // "بقصف مدفعي لقوات النظام", "في قصف للتحالف": the shelling of the regime's forces
        }
        if (shotBy(tokens, h)) {
            return "agent";
        }
        int start = membersOf(tokens, h.from());
        for (int k = start - 1; k >= Math.max(0, start - 2); k--) {
            String w = tokens.get(k).folded();
            if (w.equals("to") && k > 0 && tokens.get(k - 1).folded().startsWith("surrender")) {
                return "target"; // "surrendered to the SDF": the SDF received the surrender
            }
            if ((w.equals("of") || w.equals("من")) && k > 0 && QUANTITIES.contains(tokens.get(k - 1).folded())) {
                return ""; // "hundreds of ISIS fighters" counts them, it does not target them
            }
            if ((w.equals("of") || w.equals("from") || w.equals("من")) && k > 0 && ATTACKERS.contains(tokens.get(k - 1).folded())) {
                return ""; // "انتحاري من الدولة الإسلامية": a bomber of that party, not its target
            }
            if (AGENT_MARKS.contains(w)) {
                return "agent";
            }
            if (TARGET_MARKS.contains(w)) {
                return "target";
            }
            if (TIMES.contains(w)) {
                return ""; // "on Thursday ISIS fighters attacked": the day, not the target, follows "on"
            }
        }
        return "";
    }

    /** Whether the actor follows a word of being shot by within three words ("برصاص عناصر حاجز لقوات النظام"). */
    private static boolean shotBy(Tokens tokens, Phrases.Hit h) {
        for (int k = h.from() - 1; k >= Math.max(0, h.from() - 3); k--) {
            if (SHOT_BY.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Where the mention of an actor begins, counting a member noun before it ("عناصر من داعش", "fighters of ISIS"). */
    private static int membersOf(Tokens tokens, int from) {
        boolean of = from > 1 && (tokens.get(from - 1).folded().equals("من") || tokens.get(from - 1).folded().equals("of"));
        return of && MEMBERS.contains(tokens.get(from - 2).folded()) ? from - 2 : from;
    }

    /**
     * After a surrender or hand-over verb, the one surrendered or handed to is the target ("surrendered to the SDF",
     * "لقوات سوريا الديمقراطية") and the one who surrendered the actor; "" when no surrender is told.
     */
    private static String surrender(Tokens tokens, Phrases.Hit h) {
        for (int k = h.from() - 1; k >= Math.max(0, h.from() - 8); k--) {
            String w = tokens.get(k).folded();
            boolean surrender = k >= h.from() - 5 && (w.startsWith("surrender") || w.startsWith("استسلم"));
            if (surrender || HAND_OVER.contains(w)) {
                boolean to = procliticLam(tokens, h) || (h.from() > 0 && tokens.get(h.from() - 1).folded().equals("to"))
                        || (h.from() > 1 && tokens.get(h.from() - 2).folded().equals("to"));
                return to ? "target" : "agent";
            }
        }
        return "";
    }

    /** Whether the actor's first word carries the preposition ل ("لقسد", "للتحالف"), which its lexicon phrase lacks. */
    private static boolean procliticLam(Tokens tokens, Phrases.Hit h) {
        String written = tokens.get(h.from()).folded();
        String phrase = h.entry().tokens().get(0);
        boolean lamOnArticle = written.startsWith("لل") && phrase.startsWith("ال"); // ل + القوات is written للقوات
        return lamOnArticle || written.startsWith("ل") && !phrase.startsWith("ل") && written.length() > phrase.length();
    }

    private static boolean civilians(Phrases.Hit h) {
        return h.entry().key().equals("civilians");
    }

    private static boolean same(Phrases.Hit a, Phrases.Hit b) {
        return a != null && b != null && a.entry().key().equals(b.entry().key());
    }
}
