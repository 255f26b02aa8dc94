package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.lexicon.Entry;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;
import org.marsad.report.ReportId;
import org.marsad.text.NormalizedText;

/** A claim being assembled from one or more consecutive sentences about the same event. */
final class ClaimDraft {
    private static final int MAX_EVIDENCE = 1200;

    final List<SentenceReading> sentences = new ArrayList<>();
    final Stance stance;
    SubEventType type;
    String typeWhy;
    /** The lexicon entry whose cue decided the type. */
    Entry typeCue;
    boolean typeGeneric;
    /**
     * The source of the sentence just before this claim that cited one but told no event ("The Observatory
     * said the victims included a woman. Coalition strikes on Sweidan killed eight civilians."), or null.
     */
    Attribution.Cited lead;
    /** Whether this denial quotes the claim it denies in its own sentences, so it needs no earlier claim. */
    private boolean quoting;

    ClaimDraft(SentenceReading first, Stance stance) {
        this.stance = stance;
        add(first);
    }

    void add(SentenceReading s) {
        sentences.add(s);
        if (s.cue().isPresent() && (type == null || (typeGeneric && !s.cue().get().generic()) || aircraftOf(s))) {
            type = s.cue().get().type();
            typeCue = s.cue().get().hit().entry();
            typeWhy = typeCue.rule();
            typeGeneric = s.cue().get().generic();
        }
    }

    /**
     * Whether {@code s} tells that the bombing this claim read as shelling came from the air ("died in the
     * bombardment of al-Shafa. The Observatory blamed the strikes on coalition aircraft.").
     */
    private boolean aircraftOf(SentenceReading s) {
        return typeGeneric && type == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK
                && s.cue().get().type() == SubEventType.AIR_DRONE_STRIKE;
    }

    SentenceReading last() {
        return sentences.get(sentences.size() - 1);
    }

    PlaceMention place() {
        for (SentenceReading s : sentences) {
            if (s.place() != null) {
                return s.place();
            }
        }
        return null;
    }

    Dates.Reading date() {
        for (SentenceReading s : sentences) {
            if (s.date().isPresent()) {
                return s.date().get();
            }
        }
        return null;
    }

    /**
     * The drafts with every retelling joined to the claim it retells: a headline and the body that tells its
     * event again, or a summary after the details. ACLED codes one event per type, place and day, so two
     * asserted claims of one report that agree on all three are one.
     */
    static List<ClaimDraft> retellingsJoined(List<ClaimDraft> drafts) {
        List<ClaimDraft> joined = new ArrayList<>();
        for (ClaimDraft d : drafts) {
            ClaimDraft told = joined.stream().filter(earlier -> earlier.retoldBy(d)).findFirst().orElse(null);
            if (told == null) {
                joined.add(d);
            } else {
                d.sentences.forEach(told::add);
            }
        }
        return joined;
    }

    private boolean retoldBy(ClaimDraft d) {
        if (stance != Stance.ASSERTED || d.stance != Stance.ASSERTED || type == null || type != d.type) {
            return false;
        }
        PlaceMention p = place();
        PlaceMention q = d.place();
        if (p == null || q == null || !NormalizedText.fold(p.text()).equals(NormalizedText.fold(q.text()))) {
            return false;
        }
        Dates.Reading a = date();
        Dates.Reading b = d.date();
        return a == null || b == null || a.date().equals(b.date());
    }

    /** A later sentence continues this claim when it adds no conflicting type, place or date. */
    boolean continuedBy(SentenceReading s) {
        return s.denies() == (stance == Stance.DENIED) && agrees(s);
    }

    /**
     * Whether denial {@code s} denies what this asserted claim only relays as an allegation ("reports
     * alleging that coalition strikes killed civilians"): the report is the denier's, quoting the claim.
     */
    boolean quotedBy(SentenceReading s) {
        return stance == Stance.ASSERTED && sentences.get(0).alleges() && s.denies() && agrees(s);
    }

    /** This claim turned into the denial that {@code s} makes of it, keeping the event it relayed. */
    ClaimDraft deniedBy(SentenceReading s) {
        ClaimDraft denial = new ClaimDraft(sentences.get(0), Stance.DENIED);
        sentences.subList(1, sentences.size()).forEach(denial::add);
        denial.add(s);
        denial.quoting = true;
        return denial;
    }

    private boolean agrees(SentenceReading s) {
        if (s.cue().isPresent() && type != null && s.cue().get().type() != type && !typeGeneric
                && (!s.cue().get().generic() || bombingBeside(s.cue().get()))) {
            return false;
        }
        PlaceMention p = place();
        if (s.place() != null && p != null && !NormalizedText.fold(s.place().text()).equals(NormalizedText.fold(p.text()))) {
            return false;
        }
        Dates.Reading d = date();
        return s.date().isEmpty() || d == null || s.date().get().date().equals(d.date());
    }

    /**
     * A bombing word after a claim of another kind than a bombing ("Clashes raged in Hajin. Coalition jets
     * bombed ISIS positions."): an event of its own, however generic the word.
     */
    private boolean bombingBeside(EventCues.Cue cue) {
        return cue.type().eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                && type.eventType() != EventType.EXPLOSIONS_REMOTE_VIOLENCE;
    }

    EventClaim build(ReportId report, int index, String text, Lexicon lexicon, Context context) {
        List<Reason> why = new ArrayList<>();
        EventClaim denied = stance == Stance.DENIED && !quoting ? context.denied() : null;
        boolean ownType = type != null && !(denied != null && typeGeneric && denied.subEventType() != null);
        SubEventType sub = ownType ? type : denied != null ? denied.subEventType() : type != null ? type : context.typeOfDenied();
        if (sub != null) {
            why.add(new Reason("subEventType", ownType ? typeWhy : "the type of the denied event", sub.acledName()));
        } else {
            why.add(new Reason("subEventType", "undecided: no event cue, so no type is guessed", ""));
        }
        ActorDefaults.Actors actors = denied != null && (!ownType || type == denied.subEventType())
                ? ActorDefaults.inherited(denied, why) : actors(text, why);
        Tokens.Word reference = roles().backReference();
        actors = ActorDefaults.referred(actors, reference == null ? null : text.substring(reference.start(), reference.end()),
                stance == Stance.ASSERTED ? context.denied() : null, lexicon, why);
        Figures counted = stance == Stance.DENIED ? Figures.NONE : Figures.of(sentences);
        sub = ActorDefaults.lethal(ActorDefaults.refine(sub, actors, ownType && typeGeneric, lexicon, why), counted, why);
        sub = ActorDefaults.retold(sub, ownType && typeGeneric, text.substring(sentences.get(0).start(), sentences.get(0).end()),
                stance == Stance.ASSERTED ? context.denied() : null, why);
        if (sub == SubEventType.ARMED_CLASH && ownType && typeGeneric && actors.actor2() == null && counted.onlyCivilians()) {
            why.add(new Reason("subEventType", "an attack whose dead are all civilians is an attack on civilians",
                    sub.acledName()));
            sub = SubEventType.ATTACK; // "Tuesday's attack on a bakery killed two workers"
        }
        actors = ActorDefaults.victims(sub, ActorDefaults.complete(sub, actors, why), counted, why);
        actors = ActorDefaults.opponent(sub, actors, ownType ? typeCue : null, lexicon, why);
        actors = ActorDefaults.another(sub, actors, text.substring(sentences.get(0).start(), sentences.get(0).end()),
                stance == Stance.ASSERTED ? context.denied() : null, why);
        Figures figures = counted.targeting(sub, actors.actor2());
        why.addAll(figures.why());
        PlaceMention place = place(denied, context, why);
        Dates.Reading d = date();
        LocalDate date = d != null ? d.date() : denied != null ? denied.date()
                : context.previous() != null ? context.previous().date() : context.published();
        TimePrecision precision = d != null ? d.precision() : denied != null ? denied.timePrecision()
                : context.previous() != null ? context.previous().precision() : date == null ? null : TimePrecision.DAY;
        why.add(new Reason("date", d != null ? d.why() : denied != null ? "the date of the denied claim"
                : context.previous() != null ? "the date of the report's previous claim: " + context.previous().why()
                : "assumed: the publication date", date == null ? "" : date.toString()));
        Attribution.Cited cited = cited(context);
        if (cited != null) {
            why.add(new Reason("attributedTo", cited.why(), cited.origin()));
        }
        if (stance == Stance.DENIED) {
            Phrases.Hit denial = denying().denial();
            why.add(new Reason("stance", denial.entry().rule(), text.substring(denial.start(), denial.end())));
        }
        int start = sentences.get(0).start();
        int end = Math.min(last().end(), start + MAX_EVIDENCE);
        if (end < text.length() && end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // a span cut to the evidence limit must not split a character
        }
        return new EventClaim(report, index, sub == null ? null : sub.eventType(), sub, actors.actor1(), actors.actor2(),
                place, date, precision, figures.fatalities(), figures.civilians(), figures.injured(),
                cited == null ? null : cited.origin(), stance, new Span(start, end), text.substring(start, end), why);
    }

    /** The sentence that denies, for a denial: the first with a denial cue. */
    private SentenceReading denying() {
        return sentences.stream().filter(SentenceReading::denies).findFirst().orElse(sentences.get(0));
    }

    /** Whom the claim cites: a denial, the denier (not whom it quotes); an assertion, the report's source when it names none. */
    private Attribution.Cited cited(Context context) {
        if (stance == Stance.DENIED && denying().cited().isPresent()) {
            return denying().cited().get();
        }
        return sentences.stream().flatMap(s -> s.cited().stream()).findFirst()
                .orElse(stance == Stance.DENIED ? null : lead != null ? lead : context.cited());
    }

    private ActorDefaults.Actors actors(String text, List<Reason> why) {
        ActorRoles.Roles roles = roles();
        Phrases.Hit a1 = roles.actor1();
        Phrases.Hit a2 = roles.actor2();
        if (a1 != null) {
            why.add(new Reason("actor1", a1.entry().rule(), text.substring(a1.start(), a1.end())));
        }
        if (a2 != null) {
            why.add(new Reason("actor2", a2.entry().rule(), text.substring(a2.start(), a2.end())));
        }
        return new ActorDefaults.Actors(a1 == null ? null : new ActorId(a1.entry().key()),
                a2 == null ? null : new ActorId(a2.entry().key()));
    }

    private PlaceMention place(EventClaim denied, Context context, List<Reason> why) {
        PlaceMention place = place();
        if (place != null) {
            why.add(new Reason("location", "place named in the claim's sentences", place.text()));
        } else if (denied != null && denied.place() != null) {
            place = denied.place();
            why.add(new Reason("location", "the place of the denied claim", place.text()));
        } else if (context.place() != null) {
            place = context.place();
            why.add(new Reason("location", "place named earlier in the report", place.text()));
        }
        return place;
    }

    private ActorRoles.Roles roles() {
        for (SentenceReading s : sentences) {
            if (s.roles().actor1() != null || s.roles().actor2() != null) {
                return s.roles();
            }
        }
        return new ActorRoles.Roles(null, null);
    }

    /**
     * What the rest of the report supplies to a claim that does not say it itself: the publication
     * date, the last place named, the origin the report cites, the type of its first event, the
     * date of the previous claim, and for a denial the claim it denies.
     */
    record Context(LocalDate published, PlaceMention place, Attribution.Cited cited, SubEventType typeOfDenied,
                   Dates.Reading previous, EventClaim denied) {
    }
}
