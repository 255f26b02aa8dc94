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
            SubEventType.MOB_VIOLENCE, SubEventType.LOOTING_PROPERTY_DESTRUCTION, SubEventType.VIOLENT_DEMONSTRATION,
            SubEventType.PEACEFUL_PROTEST,
            SubEventType.ATTACK, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
            SubEventType.ARMED_CLASH, SubEventType.ARRESTS,
            SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
            SubEventType.AGREEMENT, SubEventType.CHANGE_TO_GROUP_ACTIVITY);

    /** Words that open a clause of circumstance: what came before or around the event reported. */
    private static final java.util.Set<String> CIRCUMSTANCE = java.util.Set.of("after", "following", "as", "amid",
            "amidst", "وسط", "backed", "supported", "بغطاء", "بدعم", "بمساندة", "باسناد", "بتغطيه");

    /** Words that open the terms of an agreement. */
    private static final java.util.Set<String> TERMS = java.util.Set.of("providing", "stipulating", "whereby",
            "under", "يقضي", "تقضي", "ينص", "تنص", "يتضمن", "يشمل");

    private final Phrases cues;
    private final CueWords words;
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

        /** This cue as the event of a clause split off its sentence: however generic, it tells of an event of its own. */
        Cue ownEvent() {
            return new Cue(type, hit, false, weak, background);
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
        this.words = new CueWords(lexicon.phrases("cues.tsv"));
        this.protesters = lexicon.entries("actors.tsv").stream().filter(e -> e.key().equals("protesters"))
                .map(Entry::tokens).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    Optional<Cue> decide(Tokens tokens, int from, int to) {
        Cue best = null;
        boolean bestBackground = true;
        List<Phrases.Hit> hits = cues.find(tokens, from, to);
        for (Phrases.Hit hit : hits) {
            if (namesAPost(tokens, hit, from) || seizedThings(tokens, hit, to)) {
                continue;
            }
            SubEventType type = SubEventType.parse(hit.entry().key());
            boolean background = background(tokens, hit, from) || protestAside(hit, hits) || termOf(tokens, hit, hits);
            boolean better = best == null || (bestBackground && !background)
                    || (background == bestBackground && PRIORITY.indexOf(type) < PRIORITY.indexOf(best.type()));
            if (better) {
                best = new Cue(type, hit, false, false, background);
                bestBackground = background;
            }
        }
        if (best != null && bestBackground) {
            Optional<Cue> bombed = words.bombing(tokens, from, to).filter(c -> !c.weak());
            if (bombed.isPresent()) {
                return bombed; // "jets bombed the attackers as they withdrew": the bombing, not the withdrawal
            }
        }
        return best == null ? unnamed(tokens, from, to) : Optional.of(refined(tokens, from, to, best, hits));
    }

    /** The cue chosen, refined by the words around it (see {@link CueWords}). */
    private Cue refined(Tokens tokens, int from, int to, Cue best, List<Phrases.Hit> hits) {
        return switch (best.type()) {
            case SHELLING_ARTILLERY_MISSILE_ATTACK -> words.bombing(tokens, from, to) // "aircraft and artillery pounded…"
                    .filter(c -> c.type() == SubEventType.AIR_DRONE_STRIKE).orElse(best);
            case ATTACK -> words.massacreBy(tokens, from, to, best);
            case ABDUCTION_FORCED_DISAPPEARANCE -> CueWords.takenAway(best, hits);
            case ARMED_CLASH -> words.byCrowd(tokens, from, to, words.expelling(tokens, from, to, best));
            default -> best;
        };
    }

    /** The kind told by cue words alone where no event cue names it: a bombing, a verb and its object, driving out, an attack. */
    private Optional<Cue> unnamed(Tokens tokens, int from, int to) {
        Optional<Cue> bombing = words.bombing(tokens, from, to);
        Optional<Cue> cue = bombing.filter(c -> !c.weak()).or(() -> words.byObject(tokens, from, to))
                .or(() -> words.expelling(tokens, from, to)).or(() -> bombing);
        return cue.map(c -> c.type() == SubEventType.ARMED_CLASH ? words.byCrowd(tokens, from, to, c) : c);
    }

    /** Things seized that are no ground: "seized explosive belts", "استولوا على أسلحة". */
    private static final java.util.Set<String> SEIZED_THINGS = java.util.Set.of("weapons", "arms", "explosives", "explosive",
            "ammunition", "belts", "ieds", "vehicles", "documents", "money", "اسلحه", "ذخائر", "ذخيره", "متفجرات",
            "احزمه", "عبوات", "اليات", "وثائق", "اموال");

    /** A capture cue whose object is things, not a place ("arrested a cell and seized explosive belts"). */
    private static boolean seizedThings(Tokens tokens, Phrases.Hit hit, int to) {
        return hit.to() < to && SEIZED_THINGS.contains(tokens.get(hit.to()).folded())
                && SubEventType.parse(hit.entry().key()) == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    }

    /** Words before "سيطرة" that make it who holds an area, not ground taken: "مناطق سيطرة قسد", "تحت سيطرة". */
    private static final java.util.Set<String> HELD = java.util.Set.of("مناطق", "منطقه", "تحت", "خطوط", "نفوذ", "خريطه");

    /**
     * "مقر القيادة والسيطرة", "a command and control centre", "في مناطق سيطرة قسد": control named as a post's
     * function or as who holds an area, not ground taken.
     */
    private static boolean namesAPost(Tokens tokens, Phrases.Hit hit, int from) {
        String cue = hit.entry().phrase();
        if (hit.from() <= from || !(cue.endsWith("سيطرة") || cue.equalsIgnoreCase("control"))) {
            return false;
        }
        String before = tokens.get(hit.from() - 1).folded();
        String written = tokens.get(hit.from()).folded();
        boolean heldArea = cue.equals("سيطرة") && (HELD.contains(before) || written.startsWith("لسيطر"));
        return (cue.equalsIgnoreCase("control") && before.equals("and") && hit.from() - 2 >= from
                && tokens.get(hit.from() - 2).folded().equals("command"))
                || (cue.endsWith("سيطرة") && before.endsWith("قياده")) || heldArea; // "في مناطق سيطرة قسد"
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
        if (SubEventType.parse(hit.entry().key()) == SubEventType.PROTEST_WITH_INTERVENTION) {
            return false; // "fired in the air to disperse the protesters": dispersing is what they did
        }
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

}
