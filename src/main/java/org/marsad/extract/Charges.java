package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Keeps out of an event the actor named only in the charge laid on its victims: "executed 7 men
 * accused of collaborating with the SDF", "اعتقلت شبانا بتهمة التواصل مع التنظيم". The charge is
 * what the victims were said to have done, not a side of the event. An arrest is the exception: those
 * "arrested on suspicion of ties with ISIS" are coded as ISIS, ACLED's convention for arrests.
 */
final class Charges {
    /** English words that open a charge when "of" or "with" follows them ("accused of", "charged with"). */
    private static final Set<String> CHARGED = Set.of("accused", "suspected", "charged", "convicted");
    /** Arabic words that open a charge by themselves ("بتهمة", "متهم بالانتماء"). */
    private static final Set<String> CHARGE = Set.of("بتهمه", "بتهم", "متهم", "متهما", "متهمين", "المتهمين",
            "للاشتباه", "بشبهه");
    /** How many words a charge may run before the actor it names. */
    private static final int REACH = 5;

    private Charges() {
    }

    /** The actors of words [from, ..) not named inside a charge, unless the event is an arrest. */
    static List<Phrases.Hit> outside(Tokens tokens, List<Phrases.Hit> actors, int from, Optional<EventCues.Cue> cue) {
        if (cue.isPresent() && cue.get().type() == SubEventType.ARRESTS) {
            return actors;
        }
        List<Phrases.Hit> kept = null;
        for (int i = 0; i < actors.size(); i++) {
            boolean charged = charged(tokens, actors.get(i), from);
            if (charged && kept == null) {
                kept = new ArrayList<>(actors.subList(0, i));
            } else if (!charged && kept != null) {
                kept.add(actors.get(i));
            }
        }
        return kept == null ? actors : kept;
    }

    private static boolean charged(Tokens tokens, Phrases.Hit actor, int from) {
        for (int k = actor.from() - 1; k >= Math.max(from, actor.from() - REACH); k--) {
            String w = tokens.get(k).folded();
            if (CHARGE.contains(w) || (CHARGED.contains(w) && k + 1 < actor.from()
                    && (tokens.get(k + 1).folded().equals("of") || tokens.get(k + 1).folded().equals("with")))) {
                return true;
            }
        }
        return false;
    }
}
