package org.marsad.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.lexicon.Entry;
import org.marsad.lexicon.Lexicon;

/**
 * ACLED's conventions for the actors of each kind of event, applied after the sentence has named
 * what it names: violence against civilians, arrests and looting target civilians; protesters are the first
 * actor of a protest (the second of excessive force), rioters of a riot; an attack on civilians is
 * violence against them; territory taken by state forces is regained by the government, and territory
 * "regained" by any other party is overtaken by a non-state actor. A side the
 * report leaves unnamed comes from actors.tsv's opponents or, for "another" such event, the previous claim.
 */
final class ActorDefaults {
    private static final ActorId CIVILIANS = new ActorId("civilians");
    private static final ActorId PROTESTERS = new ActorId("protesters");
    private static final ActorId RIOTERS = new ActorId("rioters");
    /** Words of a cue that tell of an offensive waged on an enemy, as folded ("resumed its offensive", "استئناف العمليات"). */
    private static final Set<String> OFFENSIVES = Set.of("offensive", "assault", "campaign", "attack", "operations",
            "battle", "استانفت", "استانف", "حمله", "الحمله", "هجوم", "الهجوم", "عمليه", "العمليه", "العمليات",
            "عملياتها", "عملياته", "معركه", "المعركه");
    private static final Pattern ANOTHER = Pattern.compile(
            "(?i)\\b(?:another|a second|a third|a further|also)\\b|(?:أخرى|اخرى|ثانية|أيضا|أيضاً|كذلك)(?![\\p{L}])");

    /** The two actors of a claim, either possibly null. */
    record Actors(ActorId actor1, ActorId actor2) {
    }

    private ActorDefaults() {
    }

    /** A denial speaks of the claim it denies: its actors. */
    static Actors inherited(EventClaim denied, List<Reason> why) {
        if (denied.actor1() != null) {
            why.add(new Reason("actor1", "the actor of the denied claim", denied.actor1().value()));
        }
        if (denied.actor2() != null) {
            why.add(new Reason("actor2", "the target of the denied claim", denied.actor2().value()));
        }
        return new Actors(denied.actor1(), denied.actor2());
    }

    /**
     * The sub-event type once the actors are known; {@code genericCue} when the type came from a word
     * that names no kind of event ("attacked"), which an attack on civilians makes violence against them.
     */
    static SubEventType refine(SubEventType sub, Actors actors, boolean genericCue, Lexicon lexicon, List<Reason> why) {
        boolean known = actors.actor1() != null && lexicon.actors().containsKey(actors.actor1().value());
        boolean state = known && lexicon.actor(actors.actor1().value()).inter() == 1;
        if (sub == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY && state) {
            why.add(new Reason("subEventType", "territory taken by state forces", actors.actor1().value()));
            return SubEventType.GOVERNMENT_REGAINS_TERRITORY;
        }
        if (sub == SubEventType.GOVERNMENT_REGAINS_TERRITORY && known && !state) {
            why.add(new Reason("subEventType", "territory regained by a party that is no state force",
                    actors.actor1().value()));
            return SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY; // "أعلنت قسد استعادة السيطرة على…"
        }
        if (sub == SubEventType.VIOLENT_DEMONSTRATION && armed(actors.actor1(), lexicon)) {
            why.add(new Reason("subEventType", "property burned by an armed group, not rioters", actors.actor1().value()));
            return SubEventType.LOOTING_PROPERTY_DESTRUCTION; // "أضرم عناصر التنظيم النار في المنازل"
        }
        if (sub == SubEventType.ARMED_CLASH && genericCue && CIVILIANS.equals(actors.actor2())) {
            why.add(new Reason("subEventType", "an armed clash whose target is civilians is an attack", "civilians"));
            return SubEventType.ATTACK;
        }
        return sub;
    }

    /**
     * "The strikes also hit the outskirts of al-Shafa": a bombing told without its means ({@code genericCue})
     * right after an air strike, and said to be more of it, is more of that air strike.
     */
    static SubEventType retold(SubEventType sub, boolean genericCue, String sentence, EventClaim previous, List<Reason> why) {
        if (sub != SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK || !genericCue || previous == null
                || previous.subEventType() != SubEventType.AIR_DRONE_STRIKE || !ANOTHER.matcher(sentence).find()) {
            return sub;
        }
        why.add(new Reason("subEventType", "more of the report's previous air strike", sub.acledName()));
        return SubEventType.AIR_DRONE_STRIKE;
    }

    /** A protest broken up with deaths is excessive force against the protesters ("أطلقوا الرصاص الحي لتفريق مظاهرة"). */
    static SubEventType lethal(SubEventType sub, Figures counted, List<Reason> why) {
        if (sub == SubEventType.PROTEST_WITH_INTERVENTION && counted.fatalities() != null && counted.fatalities().low() > 0) {
            why.add(new Reason("subEventType", "a protest dispersed with deaths", String.valueOf(counted.fatalities().low())));
            return SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
        }
        return sub;
    }

    /**
     * The side a report leaves unnamed, from the opponents of actors.tsv: the loser of territory
     * taken ("SDF units took Abu Hamam": from ISIS), the enemy an offensive is waged on ("the SDF
     * resumed its offensive on Hajin": on ISIS; civilians merely named beside it are not its target),
     * the sender of a suicide bomber against armed forces, the one who disrupted an enemy's weapons. {@code cue} is
     * the entry that typed the claim, or null.
     */
    static Actors opponent(SubEventType sub, Actors a, Entry cue, Lexicon lexicon, List<Reason> why) {
        boolean territory = sub == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                || sub == SubEventType.GOVERNMENT_REGAINS_TERRITORY;
        boolean offensive = sub == SubEventType.CHANGE_TO_GROUP_ACTIVITY && cue != null
                && cue.tokens().stream().anyMatch(OFFENSIVES::contains);
        boolean civiliansOnly = offensive && CIVILIANS.equals(a.actor2());
        if ((territory || offensive) && a.actor1() != null && (a.actor2() == null || civiliansOnly)) {
            String opponent = opponentOf(a.actor1(), lexicon);
            if (!opponent.isEmpty()) {
                why.add(new Reason("actor2", "the opponent of " + a.actor1().value() + " in actors.tsv, as the report "
                        + (civiliansOnly ? "names only civilians, who are no offensive's enemy" : "names no other side"),
                        opponent));
                return new Actors(a.actor1(), new ActorId(opponent));
            }
        }
        return sub == SubEventType.SUICIDE_BOMB ? sender(a, lexicon, why)
                : sub == SubEventType.DISRUPTED_WEAPONS_USE ? disruptor(a, lexicon, why) : a;
    }

    /** The one who disrupted weapons a party laid or sent ("عبوات زرعها التنظيم"), when unnamed: that party's enemy. */
    private static Actors disruptor(Actors a, Lexicon lexicon, List<Reason> why) {
        String opponent = a.actor1() == null && a.actor2() != null ? opponentOf(a.actor2(), lexicon) : "";
        if (opponent.isEmpty()) {
            return a;
        }
        why.add(new Reason("actor1", "the opponent of " + a.actor2().value()
                + " in actors.tsv: weapons of a party are disrupted by its enemy", opponent));
        return new Actors(new ActorId(opponent), a.actor2());
    }

    /** The sender of an unclaimed suicide bomber: the enemy of the armed forces he struck. */
    private static Actors sender(Actors a, Lexicon lexicon, List<Reason> why) {
        String opponent = a.actor1() == null && a.actor2() != null ? opponentOf(a.actor2(), lexicon) : "";
        if (opponent.isEmpty()) {
            return a;
        }
        why.add(new Reason("actor1", "the opponent of " + a.actor2().value()
                + " in actors.tsv: a suicide attack on armed forces comes from their enemy", opponent));
        return new Actors(new ActorId(opponent), a.actor2());
    }

    /**
     * "Another airstrike hit al-Susah", "غارة أخرى": the same kind of event by the same hand as the
     * report's {@code previous} claim, when {@code sentence} names no one who acted.
     */
    static Actors another(SubEventType sub, Actors a, String sentence, EventClaim previous, List<Reason> why) {
        if (a.actor1() != null || previous == null || previous.actor1() == null || sub == null
                || previous.subEventType() != sub || !ANOTHER.matcher(sentence).find()) {
            return a;
        }
        why.add(new Reason("actor1", "another event of the kind of the report's previous claim, by its actor",
                previous.actor1().value()));
        return new Actors(previous.actor1(), a.actor2());
    }

    /** Whether the actor is an armed force or group (state forces, rebels, militias, external forces). */
    private static boolean armed(ActorId actor, Lexicon lexicon) {
        if (actor == null || !lexicon.actors().containsKey(actor.value())) {
            return false;
        }
        int inter = lexicon.actor(actor.value()).inter();
        return inter == 1 || inter == 2 || inter == 3 || inter == 8;
    }

    /**
     * "ISIS fighters attacked SDF positions in al-Shafa. Coalition jets later struck their convoy": a target
     * named only by a word that refers back ({@code reference}, or null) is a side of the report's
     * {@code previous} claim other than this claim's actor: its enemy in actors.tsv if that is one, else
     * the previous claim's actor, else its target.
     */
    static Actors referred(Actors a, String reference, EventClaim previous, Lexicon lexicon, List<Reason> why) {
        if (reference == null || a.actor2() != null || a.actor1() == null || previous == null) {
            return a;
        }
        String enemy = opponentOf(a.actor1(), lexicon);
        ActorId[] sides = {previous.actor1(), previous.actor2()};
        ActorId side = null;
        for (ActorId s : sides) {
            boolean fits = s != null && !s.equals(a.actor1()) && !s.equals(CIVILIANS);
            side = fits && (side == null || s.value().equals(enemy)) ? s : side;
        }
        if (side == null) {
            return a;
        }
        why.add(new Reason("actor2", "'" + reference + "' refers back to a side of the report's previous claim",
                side.value()));
        return new Actors(a.actor1(), side);
    }

    private static String opponentOf(ActorId actor, Lexicon lexicon) {
        return lexicon.actors().containsKey(actor.value()) ? lexicon.actor(actor.value()).opponent() : "";
    }

    static Actors complete(SubEventType sub, Actors a, List<Reason> why) {
        if (sub == null) {
            return a;
        }
        return switch (sub) {
            case PEACEFUL_PROTEST -> set(new Actors(PROTESTERS, null), a, why, "protesters hold a protest");
            case PROTEST_WITH_INTERVENTION -> set(new Actors(PROTESTERS, other(a, PROTESTERS)), a, why,
                    "protesters, and the force that intervened");
            case EXCESSIVE_FORCE_AGAINST_PROTESTERS -> set(new Actors(other(a, PROTESTERS), PROTESTERS), a, why,
                    "the force that fired, on protesters");
            case VIOLENT_DEMONSTRATION -> set(new Actors(RIOTERS, other(a, RIOTERS, PROTESTERS)), a, why, "rioters riot");
            case MOB_VIOLENCE -> set(new Actors(RIOTERS, orElse(other(a, RIOTERS, PROTESTERS), CIVILIANS)), a, why,
                    "a mob attacks civilians");
            case ATTACK, ABDUCTION_FORCED_DISAPPEARANCE, SEXUAL_VIOLENCE, ARRESTS, LOOTING_PROPERTY_DESTRUCTION -> a.actor2() != null ? a
                    : set(new Actors(a.actor1(), CIVILIANS), a, why, "the target of " + sub.acledName() + " is civilians");
            default -> a;
        };
    }

    /**
     * Civilians as the target, by ACLED's conventions: the target of strikes that killed civilians and
     * of whatever killed only civilians; not a party to a clash, nor the target of a bomb or a mine
     * whose dead were mostly others ("eleven killed, including 6 civilians").
     */
    static Actors victims(SubEventType sub, Actors a, Figures counted, List<Reason> why) {
        boolean partOfToll = counted.civilians() != null && counted.fatalities() != null
                && counted.civilians().high() < counted.fatalities().high();
        boolean strike = sub == null || sub == SubEventType.AIR_DRONE_STRIKE
                || sub == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK || sub.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS;
        if (CIVILIANS.equals(a.actor2()) && (sub == SubEventType.ARMED_CLASH || (partOfToll && !strike))) {
            why.add(new Reason("actor2", "civilians killed among others are victims, not the target, of "
                    + sub.acledName(), ""));
            return new Actors(a.actor1(), null);
        }
        if (a.actor2() == null && counted.civilians() != null && sub != SubEventType.ARMED_CLASH && (strike || !partOfToll)) {
            why.add(new Reason("actor2", "civilians among the dead", ""));
            return new Actors(a.actor1(), CIVILIANS);
        }
        return a;
    }

    private static Actors set(Actors result, Actors before, List<Reason> why, String rule) {
        if (result.actor1() != null && !result.actor1().equals(before.actor1())) {
            why.add(new Reason("actor1", "ACLED convention: " + rule, result.actor1().value()));
        }
        if (result.actor2() != null && !result.actor2().equals(before.actor2())) {
            why.add(new Reason("actor2", "ACLED convention: " + rule, result.actor2().value()));
        }
        return result;
    }

    /** The first actor of {@code a} that is none of {@code not}. */
    private static ActorId other(Actors a, ActorId... not) {
        for (ActorId id : new ActorId[] {a.actor1(), a.actor2()}) {
            if (id != null && !List.of(not).contains(id) && !id.equals(CIVILIANS)) {
                return id;
            }
        }
        return null;
    }

    private static ActorId orElse(ActorId id, ActorId fallback) {
        return id != null ? id : fallback;
    }
}
