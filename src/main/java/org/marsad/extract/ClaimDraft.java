package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.report.ReportId;
import org.marsad.text.NormalizedText;

/** A claim being assembled from one or more consecutive sentences about the same event. */
final class ClaimDraft {
    private static final int MAX_EVIDENCE = 1200;

    final List<SentenceReading> sentences = new ArrayList<>();
    final Stance stance;
    SubEventType type;
    String typeWhy;

    ClaimDraft(SentenceReading first, Stance stance) {
        this.stance = stance;
        add(first);
    }

    void add(SentenceReading s) {
        sentences.add(s);
        if (type == null && s.cue().isPresent()) {
            type = s.cue().get().type();
            typeWhy = s.cue().get().hit().entry().rule();
        }
    }

    SentenceReading last() {
        return sentences.get(sentences.size() - 1);
    }

    PlaceMention place() {
        return sentences.stream().map(SentenceReading::place).filter(p -> p != null).findFirst().orElse(null);
    }

    Dates.Reading date() {
        return sentences.stream().flatMap(s -> s.date().stream()).findFirst().orElse(null);
    }

    /** A later sentence continues this claim when it adds no conflicting type, place or date. */
    boolean continuedBy(SentenceReading s) {
        if (s.denies() != (stance == Stance.DENIED)) {
            return false;
        }
        if (s.cue().isPresent() && type != null && s.cue().get().type() != type) {
            return false;
        }
        PlaceMention p = place();
        if (s.place() != null && p != null && !NormalizedText.fold(s.place().text()).equals(NormalizedText.fold(p.text()))) {
            return false;
        }
        Dates.Reading d = date();
        return s.date().isEmpty() || d == null || s.date().get().date().equals(d.date());
    }

    EventClaim build(ReportId report, int index, String text, Lexicon lexicon, Context context) {
        List<Reason> why = new ArrayList<>();
        SubEventType sub = type == null ? context.typeOfDenied() : type;
        if (sub != null) {
            why.add(new Reason("subEventType", type == null ? "denial of the report's event" : typeWhy, sub.acledName()));
        } else {
            why.add(new Reason("subEventType", "undecided: no event cue", ""));
        }
        ActorRoles.Roles roles = roles();
        Phrases.Hit a1 = roles.actor1();
        Phrases.Hit a2 = roles.actor2();
        if (sub == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY && a1 != null
                && lexicon.actor(a1.entry().key()).inter() == 1) {
            sub = SubEventType.GOVERNMENT_REGAINS_TERRITORY;
            why.add(new Reason("subEventType", "territory taken by state forces", a1.entry().phrase()));
        }
        Figures figures = Figures.of(sentences);
        ActorId actor1 = a1 == null ? null : new ActorId(a1.entry().key());
        ActorId actor2 = a2 == null ? null : new ActorId(a2.entry().key());
        if (a1 != null) {
            why.add(new Reason("actor1", a1.entry().rule(), text.substring(a1.start(), a1.end())));
        }
        if (a2 != null) {
            why.add(new Reason("actor2", a2.entry().rule(), text.substring(a2.start(), a2.end())));
        } else if (figures.civilians() != null) {
            actor2 = new ActorId("civilians");
            why.add(new Reason("actor2", "civilians among the dead", ""));
        }
        why.addAll(figures.why());
        PlaceMention place = place();
        if (place != null) {
            why.add(new Reason("location", "place named in the claim's sentences", place.text()));
        } else if (context.place() != null) {
            place = context.place();
            why.add(new Reason("location", "place named earlier in the report", place.text()));
        }
        Dates.Reading d = date();
        LocalDate date = d == null ? context.published() : d.date();
        TimePrecision precision = d == null ? (date == null ? null : TimePrecision.DAY) : d.precision();
        why.add(new Reason("date", d == null ? "assumed: the publication date" : d.why(), date == null ? "" : date.toString()));
        Attribution.Cited cited = sentences.stream().flatMap(s -> s.cited().stream()).findFirst().orElse(context.cited());
        if (cited != null) {
            why.add(new Reason("attributedTo", cited.why(), cited.origin()));
        }
        if (stance == Stance.DENIED) {
            Phrases.Hit denial = sentences.get(0).denial();
            why.add(new Reason("stance", denial.entry().rule(), text.substring(denial.start(), denial.end())));
        }
        int start = sentences.get(0).start();
        int end = Math.min(last().end(), start + MAX_EVIDENCE);
        if (end < text.length() && end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // a span cut to the evidence limit must not split a character
        }
        String evidence = text.substring(start, end);
        return new EventClaim(report, index, sub == null ? null : sub.eventType(), sub, actor1, actor2, place, date,
                precision, figures.fatalities(), figures.civilians(), figures.injured(),
                cited == null ? null : cited.origin(), stance, new Span(start, end), evidence, why);
    }

    private ActorRoles.Roles roles() {
        for (SentenceReading s : sentences) {
            if (s.roles().actor1() != null || s.roles().actor2() != null) {
                return s.roles();
            }
        }
        return new ActorRoles.Roles(null, null);
    }

    /** What the rest of the report supplies to a claim that does not say it itself. */
    record Context(LocalDate published, PlaceMention place, Attribution.Cited cited, SubEventType typeOfDenied) {
    }
}
