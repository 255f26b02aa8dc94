package org.marsad.extract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;
import org.marsad.report.Report;

/**
 * Reads a report sentence by sentence with the lexicon and groups consecutive sentences about
 * the same event into claims. A sentence with an event cue and at least one fact (actor, place,
 * casualties or date) starts a claim; a following sentence without a new cue (the toll, the
 * source) continues it; opinion and history sentences yield nothing; a denial is a claim of its own.
 */
public final class RuleExtractor implements Extractor {
    /** Publication times are read as local dates in Syria, where the events happen. */
    private static final ZoneId LOCAL = ZoneId.of("Asia/Damascus");
    private final Lexicon lexicon;
    private final PlaceSpotter spotter;
    private final EventCues events;
    private final ActorRoles actors;
    private final Casualties casualties;
    private final Dates dates;
    private final Attribution attribution;
    private final Phrases cues;
    private final Clauses clauses;

    public RuleExtractor(Lexicon lexicon, PlaceSpotter spotter) {
        if (lexicon == null || spotter == null) {
            throw new IllegalArgumentException("lexicon and spotter are required: " + lexicon + ", " + spotter);
        }
        this.lexicon = lexicon;
        this.spotter = new CueBackedPlaceSpotter(spotter);
        this.events = new EventCues(lexicon);
        this.actors = new ActorRoles(lexicon);
        this.casualties = new Casualties(lexicon);
        this.dates = new Dates(lexicon);
        this.attribution = new Attribution(lexicon);
        this.cues = lexicon.phrases("cues.tsv");
        this.clauses = new Clauses(lexicon);
    }

    @Override
    public List<EventClaim> extract(Report report) {
        String text = report.text();
        if (text.isBlank()) {
            return List.of();
        }
        Tokens tokens = Tokens.of(text);
        List<PlaceMention> places = spotter.spot(tokens);
        LocalDate published = report.published() == null ? null : report.published().atZone(LOCAL).toLocalDate();
        List<SentenceReading> readings = new ArrayList<>();
        for (Sentences.Sentence s : Sentences.split(text)) {
            int from = firstWordAt(tokens, s.start());
            int to = firstWordAt(tokens, s.end());
            List<Sentences.Sentence> split = clauses.split(text, tokens, s, from, to, places);
            for (int c = 0; c < split.size(); c++) {
                readings.add(read(tokens, split.get(c), from, to, places, published, c > 0));
            }
        }
        return claims(report, readings, places, published);
    }

    /**
     * Reads clause {@code s} of the sentence whose words are [sentenceFrom, sentenceTo): a date or source
     * the clause lacks comes from its sentence ("clashes in A and shelling on B on Sunday, SOHR said");
     * a clause split off after the first tells of an event of its own.
     */
    private SentenceReading read(Tokens tokens, Sentences.Sentence s, int sentenceFrom, int sentenceTo,
                                 List<PlaceMention> places, LocalDate published, boolean splitOff) {
        int from = firstWordAt(tokens, s.start());
        int to = firstWordAt(tokens, s.end());
        boolean whole = from == sentenceFrom && to == sentenceTo; // the clause is its sentence: nothing more to look in
        Optional<Dates.Reading> date = dates.find(tokens, from, to, published)
                .or(() -> whole ? Optional.empty() : dates.find(tokens, sentenceFrom, sentenceTo, published));
        List<Phrases.Hit> found = actors.find(tokens, from, to);
        List<Phrases.Hit> hits = cues.find(tokens, from, to);
        Optional<EventCues.Cue> cue = events.decide(tokens, from, to) // while the clause's cue words are at hand
                .map(c -> splitOff ? c.ownEvent() : c);
        List<Phrases.Hit> origins = attribution.named(tokens, from, to);
        PlaceMention place = EventPlaces.placeIn(s, places, EventPlaces.names(origins, found), tokens.original());
        java.util.Set<Integer> notCounts = dates.monthWords(tokens, from, to);
        date.ifPresent(d -> notCounts.addAll(d.words()));
        for (Phrases.Hit o : origins) {
            for (int k = o.from(); k < o.to(); k++) {
                notCounts.add(k); // "Deir Ezzor 24"
            }
        }
        List<Casualties.Casualty> counts = casualties.find(tokens, from, to, notCounts);
        List<int[]> victims = counts.stream().map(c -> new int[] {c.from(), c.to()}).toList();
        Optional<Attribution.Cited> cited = attribution.find(tokens, from, to)
                .or(() -> whole ? Optional.empty() : attribution.find(tokens, sentenceFrom, sentenceTo));
        List<Phrases.Hit> parties = Charges.outside(found, hits, cue);
        ActorRoles.Roles roles = actors.decide(tokens, from, to, Speakers.parties(tokens, parties, cited, to, cue), victims, cue);
        boolean pastYear = PastYears.find(tokens, from, to, published, notCounts) >= 0;
        SentenceMarks marks = SentenceMarks.of(hits);
        return new SentenceReading(s.start(), s.end(), s.paragraph(), cue, found, roles, counts, date, cited,
                marks.denial(), marks.aside(), pastYear, marks.separately() != null && marks.separately().from() <= from + 1,
                place, marks.allegation(), marks.displacement());
    }

    private static int firstWordAt(Tokens tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<EventClaim> claims(Report report, List<SentenceReading> readings, List<PlaceMention> places,
                                    LocalDate published) {
        List<ClaimDraft> drafts = new ArrayList<>();
        ClaimDraft current = null;
        Attribution.Cited lead = null;
        for (SentenceReading s : readings) {
            int count = drafts.size();
            int length = current == null ? 0 : current.sentences.size();
            ClaimDraft before = current;
            if (s.isHistory() || (s.isOpinion() && s.casualties().isEmpty()) || s.displacesOnly()) {
                current = null;
            } else if (s.denies() && current != null && current.quotedBy(s)) {
                current = current.deniedBy(s); // "…is aware of reports alleging X. It found no record of X."
                drafts.set(drafts.size() - 1, current);
            } else if (s.denies() && current != null && current.stance == Stance.DENIED && current.continuedBy(s)) {
                current.add(s); // "The SDF denied any arrest in al-Busayrah; the reports are fabricated.": one denial
            } else if (s.denies() && (s.cue().isPresent() || !drafts.isEmpty() || !s.actors().isEmpty())) {
                current = new ClaimDraft(s, Stance.DENIED);
                drafts.add(current);
            } else if (current != null && s.retreats() && current.type != null
                    && current.type.eventType() == EventType.BATTLES && current.type != SubEventType.ARMED_CLASH) {
                continue; // "The SDF captured Hajin. IS fighters withdrew toward al-Susah.": the loser's retreat
            } else if (s.cue().isPresent() && current != null && current.continuedBy(s)) {
                current.add(s);
            } else if (s.cue().isPresent() && s.hasFacts() && (!s.cue().get().weak() || s.armed() || s.tellsOfDead())) {
                current = new ClaimDraft(s, Stance.ASSERTED);
                drafts.add(current);
            } else if (current != null && s.cue().isEmpty() && continues(current, s)) {
                current.add(s);
            } else if (s.cue().isEmpty() && s.place() != null && s.tellsOfDead()) {
                current = new ClaimDraft(s, Stance.ASSERTED); // people killed at a place, but how is not said
                drafts.add(current);
            }
            if (drafts.size() > count && current.stance == Stance.ASSERTED) {
                current.lead = lead;
            }
            boolean used = drafts.size() > count || (current == before && current != null && current.sentences.size() > length);
            lead = used || s.cue().isPresent() || s.isHistory() || s.isOpinion() ? null : s.cited().orElse(null);
        }
        return build(report, ClaimDraft.retellingsJoined(drafts), places, published);
    }

    /** A sentence without an event cue continues the claim when it is close and adds a toll, source or date. */
    private static boolean continues(ClaimDraft current, SentenceReading s) {
        boolean close = s.paragraph() - current.last().paragraph() <= 1;
        boolean adds = !s.casualties().isEmpty() || s.cited().isPresent();
        return close && adds && current.continuedBy(s);
    }

    private List<EventClaim> build(Report report, List<ClaimDraft> drafts, List<PlaceMention> places, LocalDate published) {
        Attribution.Cited reportCited = drafts.stream().filter(d -> d.stance == Stance.ASSERTED)
                .flatMap(d -> d.sentences.stream())
                .flatMap(s -> s.cited().stream()).findFirst().orElse(null);
        SubEventType mainType = drafts.stream().filter(d -> d.stance == Stance.ASSERTED && d.type != null)
                .map(d -> d.type).findFirst().orElse(null);
        List<EventClaim> claims = new ArrayList<>();
        PlaceMention previousPlace = places.isEmpty() ? null : places.get(0);
        Dates.Reading previousDate = null;
        EventClaim lastAsserted = null;
        for (ClaimDraft draft : drafts) {
            boolean separate = draft.sentences.get(0).separate(); // "Separately, …": its own date and source or none
            ClaimDraft.Context context = new ClaimDraft.Context(published, previousPlace, separate ? null : reportCited,
                    mainType, separate ? null : previousDate, lastAsserted);
            EventClaim claim = draft.build(report.id(), claims.size(), report.text(), lexicon, context);
            claims.add(claim);
            if (claim.place() != null) {
                previousPlace = claim.place();
            }
            if (draft.date() != null) {
                previousDate = draft.date();
            }
            if (claim.stance() == Stance.ASSERTED) {
                lastAsserted = claim;
            }
        }
        return claims;
    }

    @Override
    public String toString() {
        return "RuleExtractor[" + lexicon + ", " + spotter + "]";
    }
}
