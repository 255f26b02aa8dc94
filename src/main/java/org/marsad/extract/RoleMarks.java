package org.marsad.extract;

import java.util.Set;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * The role the words next to an actor mark it with. A word before it: "by", "من قبل", "برصاص" mark the
 * one who acted; "on", "against", "targeting", "positions of", "ضد", "على", "مواقع" the target. A word
 * after it: "an ISIS attack" acted, "ISIS positions" were struck. Verbs of surrender, of handing over and
 * of laying a device decide it too; a count before the actor ("hundreds of ISIS fighters") marks nothing.
 */
final class RoleMarks {
    /** The role a word next to an actor marks it with. */
    enum Mark { AGENT, TARGET, NONE }

    private static final Set<String> TARGET_MARKS = Set.of("on", "against", "targeting", "targeted", "at", "of",
            "hit", "struck", "ضد", "علي", "مواقع", "نقاط", "مقرات", "معاقل", "positions", "from",
            "تجمع", "تجمعات", "استهداف", "باستهداف", "لاستهداف", "لعناصر", "عناصر", "بعناصر", "من", "with", "مع", "among", "amongst", "carrying", "تقل", "يقل");
    static final Set<String> AGENT_MARKS = Set.of("by", "قبل", "بواسطه", "يد", "طائرات", "الطائرات", "طيران",
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
    /** Words of being shot by someone ("برصاص عناصر حاجز لقوات النظام"): whoever follows fired. */
    private static final Set<String> SHOT_BY = Set.of("برصاص", "بنيران", "رصاص");
    /** Member nouns before "of"/"من" that name people of a party ("عناصر من داعش"): the role mark stands before them. */
    private static final Set<String> MEMBERS = Set.of("عناصر", "عنصر", "عنصرا", "مقاتلين", "مقاتلون", "مسلحين",
            "مسلحون", "جنود", "fighters", "members", "militants", "engineers", "units", "troops", "soldiers",
            "commandos", "teams", "elements", "men", "gunmen");
    /** Verbs of handing over: the one handed to is the target ("handed over the town to the SDF", "سلمتها للشرطة"). */
    private static final Set<String> HAND_OVER = Set.of("handed", "hand", "handing", "سلمت", "سلمتها", "وسلمتها",
            "سلموها", "سلمها", "تسليم", "تسليمها");
    /** One who attacks, named with the party he belongs to ("a bomber of ISIS", "استشهادي من التنظيم"). */
    private static final Set<String> ATTACKERS = Set.of("bomber", "bombers", "attacker", "attackers", "gunman",
            "انتحاري", "استشهادي", "انغماسي", "مهاجم", "مهاجمون");
    private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "dawn", "night", "morning", "evening", "today", "yesterday", "tonight", "اليوم", "امس", "فجر");
    /** Verbal nouns of targeting: what follows is the target, unless the target follows with ل. */
    private static final Set<String> TARGETING = Set.of("استهداف", "باستهداف", "لاستهداف");
    /** Participles by which "… were killed" makes its subject a target. */
    private static final Set<String> HARMED = Set.of("killed", "wounded", "injured", "hurt", "executed", "captured",
            "arrested", "detained");
    /** How many words an aside between a subject and its verb may take ("Nine IS militants, among them a commander, were"). */
    private static final int ASIDE_WORDS = 8;
    /**
     * Participles before "by" that name whose men held the thing struck ("a checkpoint manned by regime
     * forces"); not "held", said as often of captives ("women held by ISIS").
     */
    private static final Set<String> MANNED = Set.of("manned", "staffed", "guarded", "operated", "run", "controlled",
            "occupied");
    /** Verbs of laying a device: who laid it acted, unless the device was disrupted ("mines planted by ISIS were defused"). */
    static final Set<String> LAID = Set.of("planted", "left", "laid", "placed", "زرع", "زرعه", "زرعها", "زرعته",
            "زرعتها", "زرعوها", "زرعوا", "خلفه", "خلفها", "خلفته", "خلفتها", "تركها", "تركه");

    /**
     * Whether the actor laid a device: "planted by ISIS", "left behind by the jihadists", "زرعها التنظيم",
     * "ISIS had planted".
     */
    static boolean laid(Tokens tokens, Phrases.Hit h) {
        String before = word(tokens, h.from() - 1);
        String after = word(tokens, h.to());
        boolean by = before.equals("by") && (LAID.contains(word(tokens, h.from() - 2))
                || (word(tokens, h.from() - 2).equals("behind") && LAID.contains(word(tokens, h.from() - 3))));
        boolean had = (after.equals("had") || after.equals("has") || after.equals("have"))
                && LAID.contains(word(tokens, h.to() + 1));
        return by || had || LAID.contains(before) || LAID.contains(after);
    }

    /** The role the words around actor {@code h} mark it with, NONE when they mark none. */
    static Mark of(Tokens tokens, Phrases.Hit h) {
        String after = h.to() < tokens.size() ? tokens.get(h.to()).folded() : "";
        if (TARGET_AFTER.contains(after)) {
            return Mark.TARGET;
        }
        if (AGENT_AFTER.contains(after) || AIRCRAFT.contains(h.entry().tokens().get(0))) {
            return Mark.AGENT; // "استهدفت طائرات التحالف…": aircraft strike, they are not struck
        }
        Mark surrender = surrender(tokens, h);
        if (surrender != Mark.NONE) {
            return surrender;
        }
        if (procliticLam(tokens, h) && h.from() > 0 && STRIKE_NOUNS.contains(tokens.get(h.from() - 1).folded())) {
            return Mark.AGENT; // "بقصف مدفعي لقوات النظام", "في قصف للتحالف": the shelling of the regime's forces
        }
        if (shotBy(tokens, h)) {
            return Mark.AGENT;
        }
        Mark before = before(tokens, h);
        return before != Mark.NONE ? before : killed(tokens, h) ? Mark.TARGET : Mark.NONE;
    }

    /** The role the two words before the actor's mention mark it with ("by", "on", "مواقع"), NONE when none. */
    private static Mark before(Tokens tokens, Phrases.Hit h) {
        int start = membersOf(tokens, h.from());
        for (int k = start - 1; k >= Math.max(0, start - 2); k--) {
            String w = tokens.get(k).folded();
            String bare = bare(w); // the same string when there is no tanween to take off
            if (w.equals("to") && k > 0 && tokens.get(k - 1).folded().startsWith("surrender")) {
                return Mark.TARGET; // "surrendered to the SDF": the SDF received the surrender
            }
            if ((w.equals("of") || w.equals("من")) && k > 0 && QUANTITIES.contains(tokens.get(k - 1).folded())) {
                return Mark.NONE; // "hundreds of ISIS fighters" counts them, it does not target them
            }
            if ((w.equals("of") || w.equals("from") || w.equals("من")) && k > 0 && ATTACKERS.contains(tokens.get(k - 1).folded())) {
                return Mark.NONE; // "انتحاري من الدولة الإسلامية": a bomber of that party, not its target
            }
            if (w.equals("by") && MANNED.contains(word(tokens, k - 1))) {
                return Mark.TARGET; // "a checkpoint manned by regime forces came under attack": theirs was struck
            }
            if (TARGETING.contains(w) && word(tokens, h.to()).startsWith("ل") && word(tokens, h.to()).length() > 3) {
                return Mark.AGENT; // "استهداف قوات النظام لبلدة القورية": the targeting by them, of the town
            }
            if (AGENT_MARKS.contains(w) || (bare != w && AGENT_MARKS.contains(bare))) {
                return Mark.AGENT;
            }
            if (TARGET_MARKS.contains(w) || (bare != w && TARGET_MARKS.contains(bare))) {
                return Mark.TARGET;
            }
            if (TIMES.contains(w)) {
                return Mark.NONE; // "on Thursday ISIS fighters attacked": the day, not the target, follows "on"
            }
        }
        return Mark.NONE;
    }

    /**
     * Whether the actor is the subject of a passive of killing or wounding: "IS fighters were killed when…",
     * "Nine IS militants, among them a commander, were killed…" (the aside between commas).
     */
    private static boolean killed(Tokens tokens, Phrases.Hit h) {
        int k = h.to();
        while (MEMBERS.contains(word(tokens, k))) {
            k++;
        }
        for (int j = k; j < Math.min(tokens.size() - 1, k + ASIDE_WORDS); j++) {
            String w = tokens.get(j).folded();
            if ((w.equals("were") || w.equals("was")) && HARMED.contains(tokens.get(j + 1).folded())) {
                if (j == k) {
                    return true;
                }
                String aside = tokens.original().substring(tokens.get(k - 1).end(), tokens.get(j).start()).strip();
                return aside.startsWith(",") && aside.endsWith(",");
            }
        }
        return false;
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
    static int membersOf(Tokens tokens, int from) {
        int of = word(tokens, from - 1).equals("the") ? from - 2 : from - 1; // "engineers of the Syrian Democratic Forces"
        boolean member = (word(tokens, of).equals("من") || word(tokens, of).equals("of"))
                && MEMBERS.contains(word(tokens, of - 1));
        return member ? of - 1 : from;
    }

    /**
     * After a surrender or hand-over verb, the one surrendered or handed to is the target ("surrendered to the SDF",
     * "لقوات سوريا الديمقراطية") and the one who surrendered the actor, as is one a surrender verb follows
     * ("عناصر التنظيم استسلموا"); NONE when no surrender is told.
     */
    private static Mark surrender(Tokens tokens, Phrases.Hit h) {
        if (surrenders(word(tokens, h.to())) || surrenders(word(tokens, h.to() + 1))) {
            return Mark.AGENT;
        }
        for (int k = h.from() - 1; k >= Math.max(0, h.from() - 8); k--) {
            String w = tokens.get(k).folded();
            boolean surrender = k >= h.from() - 5 && surrenders(w);
            if (surrender || HAND_OVER.contains(w)) {
                boolean to = procliticLam(tokens, h) || (h.from() > 0 && tokens.get(h.from() - 1).folded().equals("to"))
                        || (h.from() > 1 && tokens.get(h.from() - 2).folded().equals("to"));
                return to ? Mark.TARGET : Mark.AGENT;
            }
        }
        return Mark.NONE;
    }

    private static boolean surrenders(String word) {
        return word.startsWith("surrender") || word.startsWith("استسلم");
    }

    /** The word without the alif of Arabic accusative tanween ("تجمعاً" folded "تجمعا"), which marks read as "تجمع". */
    private static String bare(String word) {
        return word.length() > 3 && word.endsWith("ا") ? word.substring(0, word.length() - 1) : word;
    }

    /** Whether the actor's first word carries the preposition ل ("لقسد", "للتحالف"), which its lexicon phrase lacks. */
    private static boolean procliticLam(Tokens tokens, Phrases.Hit h) {
        String written = tokens.get(h.from()).folded();
        String phrase = h.entry().tokens().get(0);
        boolean lamOnArticle = written.startsWith("لل") && phrase.startsWith("ال"); // ل + القوات is written للقوات
        return lamOnArticle || written.startsWith("ل") && !phrase.startsWith("ل") && written.length() > phrase.length();
    }

    private static String word(Tokens tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).folded() : "";
    }

    private RoleMarks() {
    }
}
