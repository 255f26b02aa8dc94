package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Tells the parties to a sentence's event from the actor who only speaks of it. An actor named as
 * the speaker ("the SDF said") is the source, not a party, unless it speaks of itself ("the SDF said
 * it had captured…", "قالت قسد إنها…", "said its artillery pounded…", "إن طائراته نفذت…") or announces an act of its own kind ("أعلنت قسد تحرير…",
 * "the coalition announced the start of…"): then it is the one who acted.
 */
final class Speakers {
    private static final int SELF_WINDOW = 8;
    /** Words by which a speaker speaks of itself as acting. */
    private static final Set<String> SELF = Set.of("it", "they", "we", "انها", "انه", "انهم");
    /** Its own forces acting ("their fighters had taken…"), unlike its own positions taken from it. */
    private static final Set<String> OWN = Set.of("its", "their", "our");
    private static final Set<String> FORCES = Set.of("fighters", "forces", "troops", "units", "men", "aircraft",
            "warplanes", "jets", "engineers", "artillery", "planes", "drones", "helicopters", "gunners", "soldiers",
            "strikes", "raids", "commandos");
    /**
     * Its own forces or strikes in Arabic, the owner a pronoun suffix ("طائراته", "قواتها", "غاراته"); read
     * anywhere in the sentence, as Arabic puts the speaker first and its forces late ("…على يد عناصرها").
     */
    private static final Set<String> OWN_FORCES = Set.of("طائراته", "طائراتها", "قواته", "قواتها", "مقاتليه",
            "مقاتليها", "مقاتلوه", "مقاتلوها", "عناصره", "عناصرها", "مدفعيته", "مدفعيتها", "غاراته", "غاراتها",
            "ضرباته", "ضرباتها", "وحداته", "وحداتها", "طيرانه", "طيرانها", "جنوده", "جنودها");
    /** What a party holds and an enemy strikes: "its positions", "their checkpoint". */
    private static final Set<String> POSITIONS = Set.of("positions", "position", "checkpoint", "checkpoints", "base",
            "bases", "convoy", "patrol", "headquarters", "posts", "outpost", "outposts", "lines", "vehicles");
    /** Its own positions in Arabic, the owner a pronoun suffix ("مواقعها", "نقاطه"). */
    private static final Set<String> OWN_POSITIONS = Set.of("مواقعها", "مواقعه", "نقاطها", "نقاطه", "مقراتها",
            "مقراته", "حواجزها", "حواجزه", "حاجزها", "حاجزه", "دورياتها", "دورياته", "دوريتها", "دوريته", "قواعدها",
            "قواعده", "رتلها", "رتله", "ارتالها", "تجمعاتها", "لمواقعها", "لنقاطها");
    /** Verbs by which a party makes its own acts known. */
    private static final Set<String> ANNOUNCING = Set.of("announced", "announces", "declared", "declares", "اعلن",
            "اعلنت", "تعلن", "يعلن", "تبني", "تبنت");
    /** What a party announces of itself: it took ground, changed course, struck, arrested, agreed. */
    private static final Set<SubEventType> OWN_ACTS = Set.of(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.CHANGE_TO_GROUP_ACTIVITY,
            SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubEventType.ARRESTS,
            SubEventType.DISRUPTED_WEAPONS_USE, SubEventType.AGREEMENT, SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
            SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);

    private Speakers() {
    }

    /**
     * The actors of words [.., to) that are parties to the event, in the order roles are decided:
     * a speaker announcing its own act first, then the others named, then a speaker telling of its own
     * positions struck ("the SDF said ISIS shelled its positions"); every actor when only the speaker is named.
     */
    static List<Phrases.Hit> parties(Tokens tokens, List<Phrases.Hit> found, Optional<Attribution.Cited> cited, int to,
                                     Optional<EventCues.Cue> cue) {
        List<Phrases.Hit> named = new ArrayList<>();
        Phrases.Hit announcer = null;
        Phrases.Hit struck = null;
        for (Phrases.Hit h : found) {
            if (!speaks(tokens, h, cited, to)) {
                named.add(h);
            } else if (announcer == null && announces(tokens, h, cue)) {
                announcer = h;
            } else if (struck == null && struck(tokens, h, to)) {
                struck = h;
            }
        }
        if (named.isEmpty()) {
            return found;
        }
        if (announcer != null) {
            named.add(0, announcer);
        }
        if (struck != null) {
            named.add(struck);
        }
        return named;
    }

    /** Whether the speaker tells of its own positions struck: "its positions", "their checkpoint", "مواقعها". */
    private static boolean struck(Tokens tokens, Phrases.Hit speaker, int to) {
        for (int k = speaker.to(); k < to; k++) {
            String w = tokens.get(k).folded();
            if (OWN_POSITIONS.contains(w) || (OWN.contains(w) && k + 1 < to && POSITIONS.contains(tokens.get(k + 1).folded()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean speaks(Tokens tokens, Phrases.Hit actor, Optional<Attribution.Cited> cited, int to) {
        if (cited.isEmpty() || actor.from() < cited.get().from() || actor.from() >= cited.get().to()) {
            return false;
        }
        int end = Math.min(to, actor.to() + SELF_WINDOW);
        for (int k = actor.to(); k < to; k++) {
            String w = tokens.get(k).folded();
            boolean near = k < end;
            if ((near && (SELF.contains(w) || (OWN.contains(w) && k + 1 < end && FORCES.contains(tokens.get(k + 1).folded()))))
                    || ownForces(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an Arabic word names a party's own forces by a pronoun suffix, with or without a proclitic ("بطائراته"). */
    private static boolean ownForces(String word) {
        if (OWN_FORCES.contains(word)) {
            return true;
        }
        return word.length() > 4 && (word.charAt(0) == 'ب' || word.charAt(0) == 'و' || word.charAt(0) == 'ل')
                && OWN_FORCES.contains(word.substring(1));
    }

    /** Whether the speaker announces ("أعلنت قسد…", "the SDF announced…") an act a party does itself. */
    private static boolean announces(Tokens tokens, Phrases.Hit speaker, Optional<EventCues.Cue> cue) {
        if (cue.isEmpty() || !OWN_ACTS.contains(cue.get().type()) || speaker.entry().key().equals("civilians")) {
            return false;
        }
        int from = Math.max(0, speaker.from() - 2);
        int to = Math.min(tokens.size(), speaker.to() + 2);
        for (int k = from; k < to; k++) {
            if (ANNOUNCING.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }
}
