package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.lexicon.Phrases;

/**
 * Keeps out of an event the actor named only in the charge laid on its victims: "executed 7 men
 * accused of collaborating with the SDF", "اعتقلت شبانا بتهمة التواصل مع التنظيم". The charge
 * (cues.tsv, kind {@code charge}) is what the victims were said to have done, not a side of the event.
 * An arrest is the exception: those "arrested on suspicion of ties with ISIS" are coded as ISIS.
 */
final class Charges {
    /** How many words a charge may run before the actor it names. */
    private static final int REACH = 5;

    private Charges() {
    }

    /** The actors not named inside a charge among the sentence's cue words {@code cues}, unless the event is an arrest. */
    static List<Phrases.Hit> outside(List<Phrases.Hit> actors, List<Phrases.Hit> cues, Optional<EventCues.Cue> cue) {
        if (actors.isEmpty() || (cue.isPresent() && cue.get().type() == SubEventType.ARRESTS) || !anyCharge(cues)) {
            return actors;
        }
        List<Phrases.Hit> kept = new ArrayList<>(actors.size());
        for (Phrases.Hit actor : actors) {
            if (!charged(actor, cues)) {
                kept.add(actor);
            }
        }
        return kept;
    }

    private static boolean anyCharge(List<Phrases.Hit> cues) {
        for (Phrases.Hit h : cues) {
            if (h.entry().key().equals("charge")) {
                return true;
            }
        }
        return false;
    }

    private static boolean charged(Phrases.Hit actor, List<Phrases.Hit> cues) {
        for (Phrases.Hit h : cues) {
            if (h.entry().key().equals("charge") && h.to() <= actor.from() && actor.from() - h.to() < REACH) {
                return true;
            }
        }
        return false;
    }
}
