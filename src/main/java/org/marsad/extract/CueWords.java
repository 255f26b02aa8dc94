package org.marsad.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.EventCues.Cue;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Reads an event's kind from the cue words of cues.tsv where events.tsv names none, or refines the kind
 * a cue gave: a bombing word is shelling or, with aircraft named, an air strike; a massacre is a strike
 * when aircraft or bombing committed it; an angry crowd's attack is a violent demonstration; captives
 * taken to an unknown place after an arrest are the arrest; a verb and its object tell property
 * destroyed or a surrender; driving a side out of a place is ground taken.
 */
final class CueWords {
    /** The word by which an abduction cue tells only where captives were taken ("to an unknown place", "إلى جهة مجهولة"). */
    private static final Set<String> UNKNOWN = Set.of("unknown", "مجهوله", "مجهول");
    /** How many words may stand between a verb and its object ("سلم نحو مئة وخمسين عنصرا من التنظيم أنفسهم"). */
    private static final int OBJECT_WORDS = 8;
    /** How many words may stand between a verb of driving out and its "out"/"من" ("drove SDF units out of"). */
    private static final int EXPELLED_WORDS = 5;
    /** How far from a massacre word the aircraft or bombing word that tells its means may be. */
    private static final int MEANS_WORDS = 6;

    private final Phrases words;

    CueWords(Phrases words) {
        this.words = words;
    }

    /**
     * A clash that drove a side out of a place ("an IS counter-attack drove SDF units out of al-Bahra",
     * "دحرت قسد عناصر التنظيم من قرية البحرة") took ground: the territory cue, turned into a government gain later
     * when state forces advanced.
     */
    Cue expelling(Tokens tokens, int from, int to, Cue clash) {
        return expelling(tokens, from, to).map(c -> new Cue(c.type(), c.hit(), false, false, clash.background()))
                .orElse(clash);
    }

    /** "drove … out of", "طرد … من": ground taken, whether or not the sentence names fighting. */
    Optional<Cue> expelling(Tokens tokens, int from, int to) {
        for (Phrases.Hit hit : words.find(tokens, from, to)) {
            if (!hit.entry().key().equals("expelled")) {
                continue;
            }
            for (int k = hit.to(); k < Math.min(to, hit.to() + EXPELLED_WORDS); k++) {
                String w = tokens.get(k).folded();
                if (w.equals("out") || w.equals("من")) {
                    return Optional.of(new Cue(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, hit, false, false));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A massacre says how many died, not how: committed by aircraft ("طيران التحالف ارتكب مجزرة",
     * "warplanes committed a massacre") or told with a bombing word, it is a strike; else an attack.
     */
    Cue massacreBy(Tokens tokens, int from, int to, Cue attack) {
        Phrases.Hit massacre = null;
        Phrases.Hit aircraft = null;
        for (Phrases.Hit hit : words.find(tokens, from, to)) {
            String kind = hit.entry().key();
            if (kind.equals("massacre") && hit.from() < attack.hit().to() && attack.hit().from() < hit.to()) {
                massacre = hit;
            } else if (kind.equals("aircraft") || kind.equals("bombing")) {
                aircraft = aircraft == null || kind.equals("aircraft") ? hit : aircraft;
            }
        }
        Cue means = bombing(tokens, from, to).orElse(null);
        boolean struck = means != null && means.type() == SubEventType.AIR_DRONE_STRIKE && !means.weak();
        if (massacre == null || aircraft == null || (Math.abs(aircraft.from() - massacre.from()) > MEANS_WORDS && !struck)) {
            return attack; // "in a new massacre…, warplanes … targeted the village": the strike said how, further on
        }
        return means == null ? new Cue(SubEventType.AIR_DRONE_STRIKE, aircraft, true, false, attack.background())
                : new Cue(means.type(), means.hit(), true, false, attack.background());
    }

    /**
     * "Arrested three men and took them to an unknown place", "اعتقلت ثلاثة شبان واقتادتهم إلى جهة مجهولة":
     * where the captives were taken is a detail of the arrest, not an abduction of its own.
     */
    static Cue takenAway(Cue abduction, List<Phrases.Hit> hits) {
        if (!abduction.hit().entry().tokens().stream().anyMatch(UNKNOWN::contains)) {
            return abduction; // "abducted", "اختطف": an abduction whatever else the sentence says
        }
        for (Phrases.Hit h : hits) {
            if (h.entry().key().equals(SubEventType.ARRESTS.acledName())) {
                return new Cue(SubEventType.ARRESTS, h, false, false, abduction.background());
            }
        }
        return abduction;
    }

    /**
     * An act told by a verb and its object a few words apart, where no cue names it: property destroyed
     * ("فجر عناصر التنظيم عددا من منازل المدنيين", "blew up several homes"), a surrender ("سلم نحو مئة
     * عنصر من التنظيم أنفسهم").
     */
    Optional<Cue> byObject(Tokens tokens, int from, int to) {
        Phrases.Hit destroyed = null;
        Phrases.Hit surrendered = null;
        for (Phrases.Hit hit : words.find(tokens, from, to)) {
            String kind = hit.entry().key();
            if ((kind.equals("destroyed") || kind.equals("surrendered")) && !dawn(tokens, hit)) {
                destroyed = kind.equals("destroyed") ? hit : destroyed;
                surrendered = kind.equals("surrendered") ? hit : surrendered;
            } else if (kind.equals("property") && near(destroyed, hit)) {
                return Optional.of(new Cue(SubEventType.LOOTING_PROPERTY_DESTRUCTION, destroyed, false, false));
            } else if (kind.equals("themselves") && near(surrendered, hit)) {
                return Optional.of(new Cue(SubEventType.CHANGE_TO_GROUP_ACTIVITY, surrendered, false, false));
            }
        }
        return Optional.empty();
    }

    /** "فجر اليوم", "فجر يوم الأحد": dawn, which folds like "فجّر" (blew up). */
    private static boolean dawn(Tokens tokens, Phrases.Hit hit) {
        return hit.to() < tokens.size() && (tokens.get(hit.to()).folded().equals("اليوم")
                || tokens.get(hit.to()).folded().equals("يوم"));
    }

    private static boolean near(Phrases.Hit verb, Phrases.Hit object) {
        return verb != null && object.from() - verb.to() <= OBJECT_WORDS;
    }

    /**
     * An attack by an angry crowd or protesters ("angry residents stormed an SDF office", "محتجون غاضبون
     * هاجموا مقرا") is a violent demonstration, not an armed clash.
     */
    Cue byCrowd(Tokens tokens, int from, int to, Cue clash) {
        for (Phrases.Hit hit : words.find(tokens, from, to)) {
            if (hit.entry().key().equals("crowd")) {
                return new Cue(SubEventType.VIOLENT_DEMONSTRATION, clash.hit(), false, false, clash.background());
            }
        }
        return clash;
    }

    /** "طائرات التحالف قصفت…": a bombing word alone is shelling, or an air strike when aircraft are named. */
    Optional<Cue> bombing(Tokens tokens, int from, int to) {
        Phrases.Hit bombing = null;
        Phrases.Hit aircraft = null;
        Phrases.Hit attack = null;
        Phrases.Hit sortie = null;
        for (Phrases.Hit hit : words.find(tokens, from, to)) {
            String kind = hit.entry().key();
            if (kind.equals("bombing") && bombing == null) {
                bombing = hit;
            } else if (kind.equals("aircraft") && aircraft == null) {
                aircraft = hit;
            } else if (kind.equals("attack") && attack == null) {
                attack = hit;
            } else if ((kind.equals("sortie") || kind.equals("destroyed")) && sortie == null) { // "coalition jets destroyed"
                sortie = hit;
            }
        }
        if (bombing == null && sortie != null && aircraft != null) {
            return Optional.of(new Cue(SubEventType.AIR_DRONE_STRIKE, aircraft, true, false)); // "warplanes carried out raids"
        }
        if (bombing == null) {
            return attack == null ? Optional.empty() : Optional.of(new Cue(SubEventType.ARMED_CLASH, attack, true, true));
        }
        return Optional.of(aircraft == null ? new Cue(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, bombing, true, false)
                : new Cue(SubEventType.AIR_DRONE_STRIKE, aircraft, true, false));
    }
}
