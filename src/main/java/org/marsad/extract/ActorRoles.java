package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.RoleMarks.Mark;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Who acted and who was acted upon in a sentence. Bystanders drop out ({@link Bystanders}); two sides
 * named as a pair keep their order ({@link Sides}); the words next to an actor mark its role
 * ({@link RoleMarks}: "by", "من قبل" the one who acted, "on", "against", "مواقع" the target), and a
 * count before it makes it a target. Otherwise the first actor named is the one who acted (in Arabic the
 * agent often follows the verb: "قصف طيران التحالف مواقع لداعش"), a party of a clause of circumstance
 * only after those of the main clause, and civilians are always the target.
 */
final class ActorRoles {
    /** Words that refer back to a party named before ("struck their convoy", "مواقع المهاجمين", "ستة منهم"). */
    private static final Set<String> BACK_REFERENCES = Set.of("their", "them", "attackers", "المهاجمين", "منهم",
            "عليهم", "مواقعهم", "تجمعاتهم", "مقراتهم", "نقاطهم", "عناصرهم");
    /** How many words after the one who acted a back reference may stand. */
    private static final int BACK_REFERENCE_WORDS = 12;
    private static final Roles NONE = new Roles(null, null);

    private final Phrases actors;
    private final Demonyms demonyms;

    /**
     * The two roles, each with the lexicon entry that named it, or null; and, when the target is unnamed,
     * a word after the one who acted that refers back to a party named earlier ("struck their convoy"), or null.
     */
    record Roles(Phrases.Hit actor1, Phrases.Hit actor2, Tokens.Word backReference) {
        Roles(Phrases.Hit actor1, Phrases.Hit actor2) {
            this(actor1, actor2, null);
        }
    }

    /**
     * The actors of a sentence sorted for deciding roles: those of its main clause, those named only in
     * a clause of circumstance, and the first named as holding a place.
     */
    private record Parties(List<Phrases.Hit> main, List<Phrases.Hit> background, Phrases.Hit holder, RareWords rare) {
    }

    ActorRoles(Lexicon lexicon) {
        this.actors = lexicon.phrases("actors.tsv");
        this.demonyms = new Demonyms(lexicon);
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
        Roles roles = found.isEmpty() ? NONE : named(tokens, from, to, found, victims, cue);
        if (roles.actor1() != null || cue.isEmpty()) {
            return roles;
        }
        List<Phrases.Hit> more = demonyms.find(tokens, from, to, found); // "Iraqi F-16 jets struck…"
        if (more.isEmpty()) {
            return roles;
        }
        List<Phrases.Hit> all = new ArrayList<>(found);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(Phrases.Hit::from));
        return named(tokens, from, to, all, victims, cue);
    }

    /** The roles of the actors {@code found}, as {@link #decide} tells. */
    private static Roles named(Tokens tokens, int from, int to, List<Phrases.Hit> found, List<int[]> victims,
                               Optional<EventCues.Cue> cue) {
        SubEventType type = cue.map(EventCues.Cue::type).orElse(null);
        Parties parties = parties(tokens, new RareWords(tokens, from, to, found), found, cue.map(c -> c.hit().from()).orElse(-1), type);
        Roles pair = Sides.between(tokens, parties.main());
        if (pair != null) {
            List<Phrases.Hit> later = new ArrayList<>(parties.main());
            later.addAll(parties.background());
            return Sides.startedBySecond(tokens, pair, later, to) ? new Roles(pair.actor2(), pair.actor1()) : pair;
        }
        Roles marked = marked(tokens, parties, victims, type);
        Phrases.Hit agent = marked.actor1();
        Phrases.Hit target = marked.actor2();
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

    /** The first agent and the first target of the main clause's parties that words mark as such. */
    private static Roles marked(Tokens tokens, Parties parties, List<int[]> victims, SubEventType type) {
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
        return new Roles(agent, target);
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
    private static Parties parties(Tokens tokens, RareWords rare, List<Phrases.Hit> found, int cue, SubEventType type) {
        List<Phrases.Hit> main = new ArrayList<>(found.size());
        List<Phrases.Hit> background = new ArrayList<>(2);
        Phrases.Hit holder = null;
        boolean asides = rare.has(RareWords.ASIDE);
        for (Phrases.Hit h : found) {
            if (asides && Bystanders.holder(tokens, h)) {
                holder = holder == null ? h : holder;
            } else if (!asides || (!Bystanders.ally(tokens, h)
                    && (type == SubEventType.ARRESTS || !Bystanders.charged(tokens, h)))) {
                boolean later = rare.has(RareWords.CIRCUMSTANCE) && !civilians(h) && Sides.background(tokens, rare.from(), h, cue);
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
    private static Mark role(Tokens tokens, Phrases.Hit h, List<int[]> victims, SubEventType type, RareWords rare) {
        Mark marked = rare.has(RareWords.LAYING) && RoleMarks.laid(tokens, h)
                ? (type == SubEventType.DISRUPTED_WEAPONS_USE ? Mark.TARGET : Mark.AGENT)
                : rare.has(RareWords.ASIDE) && Bystanders.charged(tokens, h) ? Mark.TARGET : RoleMarks.of(tokens, h);
        if (civilians(h)) {
            return victim(h, victims) || marked == Mark.TARGET ? Mark.TARGET : Mark.NONE;
        }
        return marked == Mark.AGENT ? marked : victim(h, victims) ? Mark.TARGET : marked;
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







    private static String word(Tokens tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).folded() : "";
    }


    private static boolean civilians(Phrases.Hit h) {
        return h.entry().key().equals("civilians");
    }

    private static boolean same(Phrases.Hit a, Phrases.Hit b) {
        return a != null && b != null && a.entry().key().equals(b.entry().key());
    }
}
