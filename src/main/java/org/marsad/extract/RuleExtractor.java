package org.marsad.extract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
    /**
     * Words just before a place that name it as a bearing, an institution's seat or where the attackers
     * stood ("artillery positioned in al-Mayadin shelled Dhiban"), not as where the event was.
     */
    private static final Pattern REFERENCE = Pattern.compile("(?i)(?:\\b(?:north|south|east|west|north-?east|north-?west"
            + "|south-?east|south-?west)\\s+of|\\bcouncil\\s+of|\\b(?:positioned|stationed|based|deployed)\\s+(?:in|at|near)"
            + "|(?<![\\p{L}])(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|مجلس"
            + "|(?:المتمركزة|المتمركز|المرابطة|المنتشرة|المتواجدة)\\s+في))\\s+(?:the\\s+)?$");

    /** Words just before a place that name it as where people went, never where the event was ("withdrew towards al-Jurdhi"). */
    private static final java.util.Set<String> HEADING = java.util.Set.of("toward", "towards", "باتجاه", "نحو", "صوب");

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
        PlaceMention place = placeIn(s, places, names(origins, found), tokens.original());
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

    /**
     * The place of the sentence's event: the first place inside it that is not part of a source's or an
     * actor's name ("Deir Ezzor 24", "the Deir ez-Zor Military Council"), passing over a place named only as
     * a bearing or an institution's seat ("الدادات شمال منبج", "مجلس دير الزور المدني") and a broad area
     * ("ريف دير الزور الشرقي", "the desert west of the Euphrates") when the sentence names another; a
     * place people went towards ("انسحب من تبقى منهم باتجاه بلدة الجرذي") is never the event's.
     */
    private static PlaceMention placeIn(Sentences.Sentence s, List<PlaceMention> places, List<Phrases.Hit> names,
                                        String text) {
        List<PlaceMention> inSentence = new ArrayList<>(2);
        for (PlaceMention p : places) { // in text order
            if (p.span().start() >= s.end()) {
                break;
            }
            if (p.span().start() >= s.start() && p.span().end() <= s.end() && !inside(p, names)
                    && !headedFor(text, p.span().start(), s.start())) {
                inSentence.add(p);
            }
        }
        if (inSentence.size() < 2) {
            return inSentence.isEmpty() ? null : inSentence.get(0); // nothing to pass over to
        }
        PlaceMention broad = null;
        for (PlaceMention p : inSentence) {
            if (REFERENCE.matcher(text.substring(Math.max(s.start(), p.span().start() - 16), p.span().start())).find()) {
                continue;
            }
            if (!BroadArea.isNamedBy(p)) {
                return p;
            }
            broad = broad == null ? p : broad;
        }
        return broad != null ? broad : inSentence.get(0);
    }

    /**
     * Whether the place at {@code start} is named as where people went: "towards al-Jurdhi", "fled to Hajin",
     * "heading for the town of Hajin", "باتجاه بلدة الجرذي", "إلى منطقة الباغوز".
     */
    private static boolean headedFor(String text, int start, int floor) {
        int[] at = {start};
        if (headingEndsAt(text, at, floor)) {
            return true;
        }
        at[0] = start;
        String w = previousWord(text, at, floor);
        if (w.equals("of") && TOWN_WORDS.contains(previousWord(text, at, floor))
                || SETTLEMENT_WORDS.contains(w)) {
            return headingEndsAt(text, at, floor); // "towards the town of Hajin", "باتجاه بلدة الجرذي"
        }
        return false;
    }

    /** Whether a phrase of heading ends at {@code at[0]}: "towards (the)", "heading to", "fled to", "إلى منطقة". */
    private static boolean headingEndsAt(String text, int[] at, int floor) {
        String w = previousWord(text, at, floor);
        if (w.equals("the")) {
            w = previousWord(text, at, floor);
        }
        if (HEADING.contains(w)) {
            return true;
        }
        if (w.equals("to") || w.equals("for")) {
            String v = previousWord(text, at, floor);
            return v.equals("heading") || (v.equals("fled") && w.equals("to"));
        }
        if (w.equals("منطقة")) {
            String v = previousWord(text, at, floor);
            return v.equals("إلى") || v.equals("الى");
        }
        return false;
    }

    private static final java.util.Set<String> TOWN_WORDS = java.util.Set.of("town", "village", "city");
    private static final java.util.Set<String> SETTLEMENT_WORDS = java.util.Set.of("بلدة", "قرية", "مدينة");

    /**
     * The word right before {@code at[0]} after any spaces, lower-cased, moving {@code at[0]} to its start;
     * empty at punctuation or the sentence's start.
     */
    private static String previousWord(String text, int[] at, int floor) {
        int e = at[0];
        while (e > floor && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > floor && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        at[0] = b;
        return b == e ? "" : text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Phrases.Hit> names(List<Phrases.Hit> origins, List<Phrases.Hit> actors) {
        if (actors.isEmpty()) {
            return origins;
        }
        List<Phrases.Hit> all = new ArrayList<>(origins);
        all.addAll(actors);
        return all;
    }

    private static boolean inside(PlaceMention p, List<Phrases.Hit> origins) {
        for (Phrases.Hit o : origins) {
            if (o.start() < p.span().end() && p.span().start() < o.end()) {
                return true;
            }
        }
        return false;
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
