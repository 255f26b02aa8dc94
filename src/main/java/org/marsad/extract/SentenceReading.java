package org.marsad.extract;

import java.util.List;
import java.util.Optional;
import org.marsad.lexicon.Phrases;

/**
 * What one sentence says, before sentences are grouped into claims. {@code pastYear}: the sentence
 * names a year before publication as when its event happened ("in 2017 the group executed…");
 * {@code separate}: it opens with a word that turns to another incident ("Separately,", "وفي سياق آخر").
 */
record SentenceReading(int start, int end, int paragraph, Optional<EventCues.Cue> cue, List<Phrases.Hit> actors,
                       ActorRoles.Roles roles, List<Casualties.Casualty> casualties, Optional<Dates.Reading> date,
                       Optional<Attribution.Cited> cited, Phrases.Hit denial, Phrases.Hit opinion,
                       boolean pastYear, boolean separate, PlaceMention place, Phrases.Hit allegation, Phrases.Hit displacement) {

    boolean denies() {
        return denial != null;
    }

    /** Whether the sentence relays what others allege ("reports alleging that…", "مزاعم"), without asserting it. */
    boolean alleges() {
        return allegation != null;
    }

    /**
     * Whether the sentence tells only of people fleeing, its event cue in a clause of circumstance
     * ("families fled as the fighting grew", "نزوح عائلات وسط اشتباكات"): displacement is no claim.
     */
    boolean displacesOnly() {
        return displacement != null && casualties.isEmpty() && cue.map(EventCues.Cue::background).orElse(true);
    }

    /**
     * Whether the sentence tells only that a side withdrew ("IS fighters withdrew toward al-Susah"):
     * after a report of ground taken, that is the loser's retreat, part of the same event.
     */
    boolean retreats() {
        return cue.isPresent() && cue.get().type() == SubEventType.CHANGE_TO_GROUP_ACTIVITY && casualties.isEmpty()
                && cue.get().hit().entry().tokens().stream().anyMatch(w -> w.startsWith("withdr") || w.startsWith("انسحب")
                || w.startsWith("retreat"));
    }

    boolean isOpinion() {
        return opinion != null;
    }

    /** Whether the sentence tells of a past war ("Back in 2014, ISIS executed hundreds"): its tolls are history too. */
    boolean isHistory() {
        return pastYear || (opinion != null && opinion.entry().key().equals("history"));
    }

    /** Whether the sentence names an armed actor (anyone but civilians). */
    boolean armed() {
        for (Phrases.Hit h : actors) {
            if (!h.entry().key().equals("civilians")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence counts people killed. */
    boolean tellsOfDead() {
        for (Casualties.Casualty c : casualties) {
            if (c.killed()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence says anything a claim can hold besides its type. */
    boolean hasFacts() {
        return !actors.isEmpty() || place != null || !casualties.isEmpty() || date.isPresent();
    }
}
