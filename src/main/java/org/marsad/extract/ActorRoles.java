package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            "تجمع", "تجمعات", "لعناصر", "عناصر", "بعناصر", "من", "with", "مع", "among", "amongst", "carrying", "تقل", "يقل");
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

    /** Verbs of laying a device: who laid it acted, unless the device was disrupted ("mines planted by ISIS were defused"). */
    private static final Set<String> LAID = Set.of("planted", "left", "laid", "placed", "زرع", "زرعه", "زرعها", "زرعته",
            "زرعتها", "زرعوها", "زرعوا", "خلفه", "خلفها", "خلفته", "خلفتها", "تركها", "تركه");

    private final Phrases actors;

    /** Words that refer back to a party named before ("struck their convoy", "مواقع المهاجمين", "ستة منهم"). */
    private static final Set<String> BACK_REFERENCES = Set.of("their", "them", "attackers", "المهاجمين", "منهم",
            "عليهم", "مواقعهم", "تجمعاتهم", "مقراتهم", "نقاطهم", "عناصرهم");
    /** Words naming the second of two parties named before ("launched by the latter", "شنه الأخير"). */
    private static final Set<String> LATTER = Set.of("latter", "الاخير");
    /** How many words after the one who acted a back reference may stand. */
    private static final int BACK_REFERENCE_WORDS = 12;

    /**
     * The two roles, each with the lexicon entry that named it, or null; and, when the target is unnamed,
     * a word after the one who acted that refers back to a party named earlier ("struck their convoy"), or null.
     */
    record Roles(Phrases.Hit actor1, Phrases.Hit actor2, Tokens.Word backReference) {
        Roles(Phrases.Hit actor1, Phrases.Hit actor2) {
            this(actor1, actor2, null);
        }
    }

    /** The role a word next to an actor marks it with. */
    private enum Mark { AGENT, TARGET, NONE }

    /**
     * The actors of a sentence sorted for deciding roles: those of its main clause, those named only in
     * a clause of circumstance, and the first named as holding a place.
     */
    private record Parties(List<Phrases.Hit> main, List<Phrases.Hit> background, Phrases.Hit holder, Rare rare) {
    }

    private static final Roles NONE = new Roles(null, null);

    /**
     * Which rare kinds of word a sentence holds, found in one pass over its words [from, to), so that
     * the rules needing them are not tried beside every actor of every sentence.
     */
    private static final class Rare {
        static final int ASIDE = 1;
        static final int CIRCUMSTANCE = 2;
        static final int LAYING = 4;
        private static final java.util.Map<String, Integer> KINDS = kinds();
        private final int from;
        private final int present;

        Rare(Tokens tokens, int from, int to) {
            int p = 0;
            for (int k = from; k < to; k++) {
                p |= KINDS.getOrDefault(tokens.get(k).folded(), 0);
            }
            this.from = from;
            this.present = p;
        }

        int from() {
            return from;
        }

        boolean has(int kind) {
            return (present & kind) != 0;
        }

        private static java.util.Map<String, Integer> kinds() {
            java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
            Bystanders.TRIGGERS.forEach(w -> kinds.merge(w, ASIDE, (a, b) -> a | b));
            Sides.CIRCUMSTANCE.forEach(w -> kinds.merge(w, CIRCUMSTANCE, (a, b) -> a | b));
            LAID.forEach(w -> kinds.merge(w, LAYING, (a, b) -> a | b));
            return java.util.Map.copyOf(kinds);
        }
    }

    ActorRoles(Lexicon lexicon) {
        this.actors = lexicon.phrases("actors.tsv");
    }

    /**
     * The actors named in words [from, to), unnamed armed men right after a named party or of one being
     * that party's men ("Islamic State gunmen", "مسلحين من داعش"), not a party of their own.
     */
    List<Phrases.Hit> find(Tokens tokens, int from, int to) {
        List<Phrases.Hit> found = actors.find(tokens, from, to);
        List<Phrases.Hit> kept = null;
        for (int i = 0; i < found.size(); i++) {
            boolean men = menOfAParty(tokens, found, i);
            if (men && kept == null) {
                kept = new ArrayList<>(found.subList(0, i));
            } else if (!men && kept != null) {
                kept.add(found.get(i));
            }
        }
        return kept != null ? kept : found;
    }

    private static boolean menOfAParty(Tokens tokens, List<Phrases.Hit> found, int i) {
        Phrases.Hit h = found.get(i);
        if (!h.entry().key().equals("unknown")) {
            return false;
        }
        Phrases.Hit before = i > 0 ? found.get(i - 1) : null;
        Phrases.Hit after = i + 1 < found.size() ? found.get(i + 1) : null;
        String of = word(tokens, h.to());
        return (before != null && !before.entry().key().equals("unknown") && before.to() == h.from())
                || (after != null && !after.entry().key().equals("unknown") && after.from() == h.to() + 1
                && (of.equals("من") || of.equals("of")));
    }

    Roles decide(Tokens tokens, List<Phrases.Hit> found) {
        return decide(tokens, 0, tokens.size(), found, List.of(), Optional.empty());
    }

    /**
     * As {@link #decide(Tokens, List)} for the sentence of words [from, to), where {@code victims}
     * are the word ranges of casualty counts (an actor named right after one, "9 ISIS fighters were killed",
     * "مقتل 12 عنصرا من قسد", is a target) and {@code cue} the cue that typed the sentence.
     */
    Roles decide(Tokens tokens, int from, int to, List<Phrases.Hit> found, List<int[]> victims,
                 Optional<EventCues.Cue> cue) {
        if (found.isEmpty()) {
            return NONE;
        }
        SubEventType type = cue.map(EventCues.Cue::type).orElse(null);
        Parties parties = parties(tokens, new Rare(tokens, from, to), found, cue.map(c -> c.hit().from()).orElse(-1), type);
        Roles pair = Sides.between(tokens, parties.main());
        if (pair != null) {
            return startedBySecond(tokens, pair, parties, to) ? new Roles(pair.actor2(), pair.actor1()) : pair;
        }
        Phrases.Hit agent = null;
        Phrases.Hit target = null;
        for (Phrases.Hit h : parties.main()) {
            Mark role = role(tokens, h, victims, type, parties.rare());
            if (role == Mark.AGENT && agent == null) {
                agent = h;
            } else if (role == Mark.TARGET && target == null && !same(h, agent)) {
                target = h;
            }
        }
        List<Phrases.Hit> unmarked = new ArrayList<>(parties.main());
        unmarked.addAll(parties.background());
        for (Phrases.Hit h : unmarked) {
            if (agent == null && !same(h, target) && !civilians(h)) {
                agent = h;
            } else if (target == null && !same(h, agent) && !civilians(h)) {
                target = h;
            }
        }
        Phrases.Hit civilians = firstCivilians(found);
        Phrases.Hit holder = same(parties.holder(), agent) ? null : parties.holder();
        Phrases.Hit actor2 = target != null ? target : civilians != null ? civilians : holder;
        return new Roles(agent, actor2, actor2 == null && agent != null ? backReference(tokens, agent.to(), to) : null);
    }

    /**
     * Whether the text names the second of a pair of sides as the one who began the fight, by a later
     * mention as the one who attacked ("clashes between the SDF and ISIS after an ISIS attack") or as
     * "the latter" ("إثر هجوم شنه الأخير"): ACLED makes the initiator the first actor.
     */
    private static boolean startedBySecond(Tokens tokens, Roles pair, Parties parties, int to) {
        for (List<Phrases.Hit> hits : List.of(parties.main(), parties.background())) {
            for (Phrases.Hit h : hits) {
                if (h.from() >= pair.actor2().to() && role(tokens, h) == Mark.AGENT) {
                    return same(h, pair.actor2());
                }
            }
        }
        for (int k = pair.actor2().to(); k < to; k++) {
            if (LATTER.contains(tokens.get(k).folded())) {
                String before = word(tokens, k - 1);
                return AGENT_MARKS.contains(before) || before.equals("by") || word(tokens, k - 2).equals("by");
            }
        }
        return false;
    }

    /** The first word of words [from, to) that refers back to a party named before, within a few words, or null. */
    private static Tokens.Word backReference(Tokens tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + BACK_REFERENCE_WORDS); k++) {
            if (BACK_REFERENCES.contains(tokens.get(k).folded())) {
                return tokens.get(k);
            }
        }
        return null;
    }

    /**
     * Sorts the actors found: bystanders other than a holder drop out (see {@link Bystanders}), but for
     * the party a charge names in an arrest, whose suspected men were arrested ("بتهمة الانتماء لداعش").
     */
    private static Parties parties(Tokens tokens, Rare rare, List<Phrases.Hit> found, int cue, SubEventType type) {
        List<Phrases.Hit> main = new ArrayList<>(found.size());
        List<Phrases.Hit> background = new ArrayList<>(2);
        Phrases.Hit holder = null;
        boolean asides = rare.has(Rare.ASIDE);
        for (Phrases.Hit h : found) {
            if (asides && Bystanders.holder(tokens, h)) {
                holder = holder == null ? h : holder;
            } else if (!asides || (!Bystanders.ally(tokens, h)
                    && (type == SubEventType.ARRESTS || !Bystanders.charged(tokens, h)))) {
                boolean later = rare.has(Rare.CIRCUMSTANCE) && !civilians(h) && Sides.background(tokens, rare.from(), h, cue);
                (later ? background : main).add(h);
            }
        }
        return new Parties(main, background, holder, rare);
    }

    /**
     * An explicit mark wins ("by", "against"); else nearness to a toll makes a target. Civilians are
     * never the actor, and a target only when marked or counted: civilians merely named ("the
     * evacuation of civilians") yield to an armed party as the target.
     */
    private static Mark role(Tokens tokens, Phrases.Hit h, List<int[]> victims, SubEventType type, Rare rare) {
        Mark marked = rare.has(Rare.LAYING) && laid(tokens, h)
                ? (type == SubEventType.DISRUPTED_WEAPONS_USE ? Mark.TARGET : Mark.AGENT)
                : rare.has(Rare.ASIDE) && Bystanders.charged(tokens, h) ? Mark.TARGET : role(tokens, h);
        if (civilians(h)) {
            return victim(h, victims) || marked == Mark.TARGET ? Mark.TARGET : Mark.NONE;
        }
        return marked == Mark.AGENT ? marked : victim(h, victims) ? Mark.TARGET : marked;
    }

    /**
     * Whether the actor laid a device: "planted by ISIS", "left behind by the jihadists", "زرعها التنظيم",
     * "ISIS had planted".
     */
    private static boolean laid(Tokens tokens, Phrases.Hit h) {
        String before = word(tokens, h.from() - 1);
        String after = word(tokens, h.to());
        boolean by = before.equals("by") && (LAID.contains(word(tokens, h.from() - 2))
                || (word(tokens, h.from() - 2).equals("behind") && LAID.contains(word(tokens, h.from() - 3))));
        boolean had = (after.equals("had") || after.equals("has") || after.equals("have"))
                && LAID.contains(word(tokens, h.to() + 1));
        return by || had || LAID.contains(before) || LAID.contains(after);
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

    private static Mark role(Tokens tokens, Phrases.Hit h) {
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

    private static String word(Tokens tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).folded() : "";
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
