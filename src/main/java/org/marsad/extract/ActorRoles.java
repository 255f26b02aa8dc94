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
            "hit", "struck", "ضد", "علي", "مواقع", "استهدف", "استهدفت", "نقاط", "مقرات", "معاقل", "positions");
    private static final Set<String> AGENT_MARKS = Set.of("by", "from", "قبل", "بواسطه");

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
        Phrases.Hit agent = null;
        Phrases.Hit target = null;
        for (Phrases.Hit h : found) {
            String role = role(tokens, h);
            if (role.equals("agent") && agent == null) {
                agent = h;
            } else if (role.equals("target") && target == null && !same(h, agent)) {
                target = h;
            }
        }
        for (Phrases.Hit h : found) {
            if (agent == null && !same(h, target) && !civilians(h)) {
                agent = h;
            } else if (target == null && !same(h, agent)) {
                target = h;
            }
        }
        return new Roles(agent, target);
    }

    private static String role(Tokens tokens, Phrases.Hit h) {
        if (civilians(h)) {
            return "target";
        }
        for (int k = Math.max(0, h.from() - 2); k < h.from(); k++) {
            String w = tokens.get(k).folded();
            if (AGENT_MARKS.contains(w)) {
                return "agent";
            }
            if (TARGET_MARKS.contains(w)) {
                return "target";
            }
        }
        return "";
    }

    private static boolean civilians(Phrases.Hit h) {
        return h.entry().key().equals("civilians");
    }

    private static boolean same(Phrases.Hit a, Phrases.Hit b) {
        return a != null && b != null && a.entry().key().equals(b.entry().key());
    }
}
