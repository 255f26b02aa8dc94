package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.lexicon.Entry;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.LexiconException;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/** Decides a sentence's ACLED sub-event type from the event cues it contains; the most specific cue wins. */
final class EventCues {
    /** From most to least specific: a suicide car bomb is also an "attack", but it is reported as a suicide bomb. */
    private static final List<SubEventType> PRIORITY = List.of(
            SubEventType.CHEMICAL_WEAPON, SubEventType.DISRUPTED_WEAPONS_USE, SubEventType.SUICIDE_BOMB,
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
            SubEventType.GRENADE, SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
            SubEventType.SEXUAL_VIOLENCE, SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
            SubEventType.OTHER, SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, SubEventType.PROTEST_WITH_INTERVENTION,
            SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE, SubEventType.PEACEFUL_PROTEST,
            SubEventType.ATTACK, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
            SubEventType.ARMED_CLASH, SubEventType.ARRESTS,
            SubEventType.LOOTING_PROPERTY_DESTRUCTION, SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
            SubEventType.AGREEMENT, SubEventType.CHANGE_TO_GROUP_ACTIVITY);

    /** Words that open a clause of circumstance: what came before or around the event reported. */
    private static final java.util.Set<String> CIRCUMSTANCE = java.util.Set.of("after", "following", "as", "amid",
            "amidst", "وسط");

    /** Words that open the terms of an agreement. */
    private static final java.util.Set<String> TERMS = java.util.Set.of("providing", "stipulating", "whereby",
            "under", "يقضي", "تقضي", "ينص", "تنص", "يتضمن", "يشمل");
    /** The word by which an abduction cue tells only where captives were taken ("to an unknown place", "إلى جهة مجهولة"). */
    private static final java.util.Set<String> UNKNOWN = java.util.Set.of("unknown", "مجهوله", "مجهول");
    /** How many words may stand between a verb and its object ("سلم نحو مئة وخمسين عنصرا من التنظيم أنفسهم"). */
    private static final int OBJECT_WORDS = 8;
    /** How many words may stand between a verb of driving out and its "out"/"من" ("drove SDF units out of"). */
    private static final int EXPELLED_WORDS = 5;
    /** How far from a massacre word the aircraft or bombing word that tells its means may be. */
    private static final int MEANS_WORDS = 6;

    private final Phrases cues;
    private final Phrases words;
    /** The words that name protesters (actors.tsv), folded: a cue like "demonstrators" names people, not an act. */
    private final java.util.Set<List<String>> protesters;

    /**
     * The sub-event type chosen and the cue that decided it. A {@code generic} cue ("strikes",
     * "attack", "قصف") names no particular kind of event, so it does not contradict a more specific
     * one nearby; a {@code weak} cue ("attack") makes an event only in a sentence that names an armed actor;
     * a {@code background} cue sits in a clause of circumstance ("as the fighting grew", "بعد معارك").
     */
    record Cue(SubEventType type, Phrases.Hit hit, boolean generic, boolean weak, boolean background) {
        Cue(SubEventType type, Phrases.Hit hit, boolean generic, boolean weak) {
            this(type, hit, generic, weak, false);
        }
    }

    EventCues(Lexicon lexicon) {
        List<String> problems = new ArrayList<>();
        for (Entry e : lexicon.entries("events.tsv")) {
            try {
                SubEventType.parse(e.key());
            } catch (IllegalArgumentException ex) {
                problems.add(e.file() + ":" + e.line() + ": unknown ACLED sub-event type '" + e.key() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new LexiconException(problems.stream().distinct().toList());
        }
        this.cues = lexicon.phrases("events.tsv");
        this.words = lexicon.phrases("cues.tsv");
        this.protesters = lexicon.entries("actors.tsv").stream().filter(e -> e.key().equals("protesters"))
                .map(Entry::tokens).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    Optional<Cue> decide(Tokens tokens, int from, int to) {
        Cue best = null;
        boolean bestBackground = true;
        List<Phrases.Hit> hits = cues.find(tokens, from, to);
        for (Phrases.Hit hit : hits) {
            SubEventType type = SubEventType.parse(hit.entry().key());
            boolean background = background(tokens, hit, from) || protestAside(hit, hits) || termOf(tokens, hit, hits);
            boolean better = best == null || (bestBackground && !background)
                    || (background == bestBackground && PRIORITY.indexOf(type) < PRIORITY.indexOf(best.type()));
            if (better) {
                best = new Cue(type, hit, false, false, background);
                bestBackground = background;
            }
        }
        if (best != null && best.type() == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK) {
            Optional<Cue> air = bombing(tokens, from, to).filter(c -> c.type() == SubEventType.AIR_DRONE_STRIKE);
            return Optional.of(air.orElse(best)); // "aircraft and artillery pounded…": an air strike first
        }
        if (best != null && best.type() == SubEventType.ATTACK) {
            return Optional.of(massacreBy(tokens, from, to, best));
        }
        if (best != null && best.type() == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE) {
            return Optional.of(takenAway(best, hits));
        }
        Optional<Cue> cue = best != null ? Optional.of(best) : bombing(tokens, from, to)
                .filter(c -> !c.weak()).or(() -> byObject(tokens, from, to)).or(() -> expelling(tokens, from, to))
                .or(() -> bombing(tokens, from, to));
        return cue.map(c -> c.type() == SubEventType.ARMED_CLASH ? byCrowd(tokens, from, to, expelling(tokens, from, to, c)) : c);
    }

    /**
     * A clash that drove a side out of a place ("an IS counter-attack drove SDF units out of al-Bahra",
     * "دحرت قسد عناصر التنظيم من قرية البحرة") took ground: the territory cue, turned into a government gain later
     * when state forces advanced.
     */
    private Cue expelling(Tokens tokens, int from, int to, Cue clash) {
        return expelling(tokens, from, to).map(c -> new Cue(c.type(), c.hit(), false, false, clash.background()))
                .orElse(clash);
    }

    /** "drove … out of", "طرد … من": ground taken, whether or not the sentence names fighting. */
    private Optional<Cue> expelling(Tokens tokens, int from, int to) {
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
    private Cue massacreBy(Tokens tokens, int from, int to, Cue attack) {
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
        if (massacre == null || aircraft == null || Math.abs(aircraft.from() - massacre.from()) > MEANS_WORDS) {
            return attack;
        }
        Cue means = bombing(tokens, from, to).orElse(null);
        return means == null ? new Cue(SubEventType.AIR_DRONE_STRIKE, aircraft, true, false, attack.background())
                : new Cue(means.type(), means.hit(), true, false, attack.background());
    }

    /**
     * "Arrested three men and took them to an unknown place", "اعتقلت ثلاثة شبان واقتادتهم إلى جهة مجهولة":
     * where the captives were taken is a detail of the arrest, not an abduction of its own.
     */
    private static Cue takenAway(Cue abduction, List<Phrases.Hit> hits) {
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
    private Optional<Cue> byObject(Tokens tokens, int from, int to) {
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
    private Cue byCrowd(Tokens tokens, int from, int to, Cue clash) {
        for (Phrases.Hit hit : words.find(tokens, from, to)) {
            if (hit.entry().key().equals("crowd")) {
                return new Cue(SubEventType.VIOLENT_DEMONSTRATION, clash.hit(), false, false, clash.background());
            }
        }
        return clash;
    }

    /**
     * A cue in a clause of what came before ("a truce was agreed after two days of clashes", "paused its
     * offensive after Turkish shelling") is background: the sentence reports the other event.
     */
    private static boolean background(Tokens tokens, Phrases.Hit hit, int from) {
        if (purpose(tokens, hit, from)) {
            return true;
        }
        for (int k = hit.from() - 1; k >= Math.max(from, hit.from() - 4); k--) {
            String w = tokens.get(k).folded();
            if (CIRCUMSTANCE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A protest told as whom another act befell ("arrested 14 who took part in yesterday's protest",
     * "حملة اعتقالات تطال متظاهرين"): a protest cue after another act's cue, or one naming the protesters
     * themselves beside another act, is background to that act. "Residents protested against the arrests"
     * stays a protest: its cue comes first and names the act, not the people.
     */
    private boolean protestAside(Phrases.Hit hit, List<Phrases.Hit> hits) {
        if (SubEventType.parse(hit.entry().key()).eventType() != EventType.PROTESTS) {
            return false;
        }
        boolean people = protesters.contains(hit.entry().tokens());
        return hits.stream().anyMatch(other -> (people || other.from() < hit.from())
                && SubEventType.parse(other.entry().key()).eventType() != EventType.PROTESTS);
    }

    /**
     * A cue told as a term of an agreement ("an agreement providing for the exit of IS fighters in exchange
     * for handing over prisoners", "اتفاق يقضي بخروج عناصر التنظيم مقابل تسليم الأسرى"): what was agreed, not done.
     */
    private static boolean termOf(Tokens tokens, Phrases.Hit hit, List<Phrases.Hit> hits) {
        for (Phrases.Hit agreement : hits) {
            if (agreement.from() >= hit.from()) {
                return false;
            }
            if (agreement.entry().key().equals(SubEventType.AGREEMENT.acledName())) {
                for (int k = agreement.to(); k < hit.from(); k++) {
                    if (TERMS.contains(tokens.get(k).folded())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A cue that says what an act was for ("an offensive to capture Hajin", "حملة لتحرير هجين", "بهدف
     * السيطرة"): the aim, not an event that happened.
     */
    private static boolean purpose(Tokens tokens, Phrases.Hit hit, int from) {
        String before = hit.from() > from ? tokens.get(hit.from() - 1).folded() : "";
        String written = tokens.get(hit.from()).folded();
        String phrase = hit.entry().tokens().get(0);
        boolean lam = written.startsWith("ل") && !phrase.startsWith("ل") && written.length() > phrase.length()
                && !subjectedTo(tokens, hit, from);
        return before.equals("to") || before.equals("بهدف") || before.equals("aim") || lam;
    }

    /** "تعرضت بلدة هجين لقصف مدفعي", "تعرضت امرأة للاغتصاب": the لـ of "subjected to" names what befell, not an aim. */
    private static boolean subjectedTo(Tokens tokens, Phrases.Hit hit, int from) {
        for (int k = hit.from() - 1; k >= Math.max(from, hit.from() - 3); k--) {
            String w = tokens.get(k).folded();
            if (w.startsWith("تعرض") || w.startsWith("يتعرض") || w.startsWith("وتعرض")) {
                return true;
            }
        }
        return false;
    }

    /** "طائرات التحالف قصفت…": a bombing word alone is shelling, or an air strike when aircraft are named. */
    private Optional<Cue> bombing(Tokens tokens, int from, int to) {
        Phrases.Hit bombing = null;
        Phrases.Hit aircraft = null;
        Phrases.Hit attack = null;
        for (Phrases.Hit hit : words.find(tokens, from, to)) {
            String kind = hit.entry().key();
            if (kind.equals("bombing") && bombing == null) {
                bombing = hit;
            } else if (kind.equals("aircraft") && aircraft == null) {
                aircraft = hit;
            } else if (kind.equals("attack") && attack == null) {
                attack = hit;
            }
        }
        if (bombing == null) {
            return attack == null ? Optional.empty() : Optional.of(new Cue(SubEventType.ARMED_CLASH, attack, true, true));
        }
        return Optional.of(aircraft == null ? new Cue(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, bombing, true, false)
                : new Cue(SubEventType.AIR_DRONE_STRIKE, aircraft, true, false));
    }
}
