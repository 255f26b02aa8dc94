package org.marsad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.PlaceSpotter;
import org.marsad.extract.Span;
import org.marsad.lexicon.Tokens;
import org.marsad.text.NormalizedText;

/**
 * Finds the gazetteer places a text names, longest match first, in Arabic and English.
 * Latin-script names count only when capitalized, and not as acronyms ("SDF") or after a capitalized
 * first name ("Mustafa Bali"). A place named like an ordinary word ("هجين" hybrid, "الجلاء" evacuation) counts only
 * after a place cue (in, on the, village of, بلدة, قرية, في, أحياء, مشفى, قضاء, the clitic ب, a hashtag) or
 * in a list of places.
 * A place or area that qualifies the one before it ("Sha'fah east of Hajin", "الشعفة بريف
 * دير الزور الشرقي") becomes that mention's context instead of a mention of its own.
 */
public final class GazetteerSpotter implements PlaceSpotter {
    private static final int MAX_CONTEXT_GAP = 30;
    /** Words after which a place is expected, folded as {@link NormalizedText#fold} folds them. */
    private static final Set<String> CUES = Set.of("in", "at", "near", "village", "villages", "town", "towns", "city",
            "of", "on", "from", "into", "to", "toward", "towards", "around", "outskirts", "east", "west", "north", "south",
            "قريه", "بلده", "مدينه", "في", "قرب", "محيط", "اطراف", "بلدات", "قري", "شرق", "غرب", "شمال", "جنوب",
            "شرقي", "غربي", "منطقه", "حي", "ريف", "من", "الي", "نحو", "داخل", "بين", "باتجاه", "اتجاه", "عند", "حول",
            "بمحيط", "بلدتي", "قريتي", "مدينتي", "against", "across", "دخول", "دخلت", "علي", "على", "اقتحام", "اقتحمت", "entered",
            "hit", "struck", "shelled", "captured", "stormed", "seized", "retook", "recaptured", "overran", "liberated",
            "bombed", "pounded", "targeted", "raided", "attacked", "reached", "بريف", "احياء", "مشفي", "مستشفي", "قضاء", "ناحيه",
            "مخيم", "سوق", "باديه", "طريق", "تحرير", "لتحرير");
    private static final Set<String> FILLERS = Set.of("in", "on", "the", "of", "في", "من");
    private static final Set<String> RELATIONS = Set.of("east", "west", "north", "south", "eastern", "western",
            "northern", "southern", "near", "outskirts", "countryside", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي",
            "شمالي", "جنوبي", "قرب", "محيط", "اطراف", "ريف", "بريف", "ضواحي");
    /** Capitalized at the head of a sentence or title, these words come before a place, not a surname. */
    private static final Set<String> BEFORE_PLACES = Set.of("outside", "inside", "within", "between", "beyond",
            "throughout", "along", "through", "over", "after", "during", "besieged", "central", "rural", "greater");
    /** A gap holding one of these crosses a sentence or clause: the place after it qualifies nothing. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?؟\\n;]");
    private static final Set<String> LIST_GAPS = Set.of("", ",", "،", "and", "or", "و", "او", ", and");

    private static final double SAME_AREA_KM = 100;
    private static final long LARGE_TOWN = 100_000;

    private final NameScanner scanner;
    private final CommonWords commonWords;
    private final FocusArea focus;

    public GazetteerSpotter(Gazetteer gazetteer) {
        this(gazetteer, FocusArea.DEIR_EZ_ZOR);
    }

    /** A spotter for a newsroom covering {@code focus}: small places far outside its region need a place cue. */
    public GazetteerSpotter(Gazetteer gazetteer, FocusArea focus) {
        if (gazetteer == null || focus == null) {
            throw new IllegalArgumentException("spotter needs a gazetteer and a focus area: " + gazetteer + ", " + focus);
        }
        this.scanner = new NameScanner(gazetteer);
        this.commonWords = CommonWords.bundled();
        this.focus = focus;
    }

    @Override
    public List<PlaceMention> spot(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return mentions(text, scanner.scan(text));
    }

    /** As {@link #spot(String)}, reading the words off the tokens the extractor made of the text. */
    @Override
    public List<PlaceMention> spot(Tokens tokens) {
        if (tokens.original().isEmpty()) {
            return List.of();
        }
        return mentions(tokens.original(), scanner.scan(tokens));
    }

    private List<PlaceMention> mentions(String text, List<NameMatch> matches) {
        List<NameMatch> accepted = accepted(text, matches);
        List<PlaceMention> mentions = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            NameMatch m = accepted.get(i);
            NameMatch next = i + 1 < accepted.size() ? accepted.get(i + 1) : null;
            String context = "";
            if (next != null && qualifies(text, m, next)) {
                context = text.substring(m.end(), next.end()).strip();
                i++;
            }
            mentions.add(new PlaceMention(m.text(), new Span(m.start(), m.end()), context));
        }
        return List.copyOf(mentions);
    }

    /** Matches that are places here: common-word names need a cue, or a place just before or after them in a list. */
    private List<NameMatch> accepted(String text, List<NameMatch> matches) {
        List<NameMatch> accepted = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            NameMatch m = matches.get(i);
            if (!writtenAsAName(text, m)) {
                continue;
            }
            NameMatch previous = accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
            NameMatch next = i + 1 < matches.size() ? matches.get(i + 1) : null;
            if (!needsCue(m) || cued(text, m) || listedAfter(text, previous, m)
                    || (next != null && !needsCue(next) && writtenAsAName(text, next) && listedAfter(text, m, next))) {
                accepted.add(m);
            }
        }
        return accepted;
    }

    /** Names that are also ordinary words, and small places far from the focus region. */
    private boolean needsCue(NameMatch m) {
        return commonWords.needsCue(m.text()) || remote(m);
    }

    /**
     * False for what is written as an ordinary word rather than a place name: a never-place word,
     * lower-case English, an acronym, a surname after a first name, or an Arabic word that only
     * reaches places abroad by a spelling they are not written with in Arabic.
     */
    private boolean writtenAsAName(String text, NameMatch m) {
        if (commonWords.neverAPlace(m.text())) {
            return false;
        }
        if (PlaceName.isArabic(m.text())) {
            return !foreignByLooseSpelling(m);
        }
        return capitalized(m.text()) && !acronym(m.text()) && !afterFirstName(text, m.start());
    }

    /** English writes place names with a capital: "but" and "same" are words, not towns. */
    private static boolean capitalized(String text) {
        return PlaceName.words(text).stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    /** "SDF", "SOHR", "ISIS", "SDF's": capitals only, one short word, an organization rather than a town. */
    private static boolean acronym(String text) {
        String word = text.endsWith("'s") || text.endsWith("’s") ? text.substring(0, text.length() - 2) : text;
        return word.length() <= 5 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * True when a capitalized Latin word that is no place cue stands just before, one space away:
     * the name is a surname ("Mustafa Bali", "Kino Gabriel"), or part of one ("Islamic State").
     */
    private static boolean afterFirstName(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ' || !Character.isLetter(text.charAt(start - 2))) {
            return false;
        }
        int from = start - 1;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, start - 1);
        String folded = NormalizedText.fold(word);
        return Character.isUpperCase(word.charAt(0)) && !PlaceName.isArabic(word) && word.length() > 1
                && !CUES.contains(folded) && !FILLERS.contains(folded) && !RELATIONS.contains(folded)
                && !BEFORE_PLACES.contains(folded);
    }

    /**
     * True when every place an Arabic word reaches lies outside Syria and Iraq and none has an Arabic name
     * written as the text writes it, article included: "منزله" (his house) is not al-Manzalah in Egypt,
     * "إلى" not Ely in England.
     */
    private static boolean foreignByLooseSpelling(NameMatch m) {
        String key = PlaceName.key(m.text());
        boolean article = NormalizedText.fold(m.text()).startsWith("ال");
        return m.entries().stream().noneMatch(e -> CoveredCountryPass.covered(e) || e.names().stream()
                .anyMatch(n -> PlaceName.isArabic(n) && NormalizedText.fold(n).startsWith("ال") == article
                        && PlaceName.key(n).equals(key)));
    }

    /**
     * True when every place the name could be is small and far outside the focus region: in
     * a world gazetteer such names are mostly ordinary words ("التحالف" is a village in Yemen).
     */
    private boolean remote(NameMatch m) {
        return m.entries().stream().noneMatch(e -> focus.inRegion(e) || e.population() >= LARGE_TOWN)
                && !m.namesAreaOrSeat();
    }

    /** A place cue just before the name: a cue word, the clitic ب or ل, or a hashtag ("#البحرة"). */
    private static boolean cued(String text, NameMatch m) {
        if (m.proclitic().contains("ب") || m.proclitic().contains("ل")) {
            return true;
        }
        if (m.start() > 0 && text.charAt(m.start() - 1) == '#') {
            return true;
        }
        List<String> before = PlaceName.words(text.substring(Math.max(0, m.start() - 30), m.start()));
        if (before.isEmpty()) {
            return false;
        }
        String cue = NormalizedText.fold(before.get(before.size() - 1));
        if (cue.equals("the") && before.size() > 1) { // "on the Bahra front"
            cue = NormalizedText.fold(before.get(before.size() - 2));
        }
        return CUES.contains(cue) || (cue.startsWith("و") && CUES.contains(cue.substring(1))); // "وفي هجين", "وقرب هجين"
    }

    private static boolean listedAfter(String text, NameMatch previous, NameMatch m) {
        if (previous == null || m.start() - previous.end() > 8) {
            return false;
        }
        String gap = NormalizedText.fold(text.substring(previous.end(), m.start()).strip());
        return LIST_GAPS.contains(gap) && (!gap.isEmpty() || m.proclitic().startsWith("و"));
    }

    /** True when {@code next} locates {@code m} rather than naming another place of a list. */
    private static boolean qualifies(String text, NameMatch m, NameMatch next) {
        String gap = text.substring(m.end(), next.start());
        if (gap.length() > MAX_CONTEXT_GAP || CLAUSE_BREAK.matcher(gap).find() || next.proclitic().startsWith("و")) {
            return false;
        }
        List<String> words = PlaceName.words(NormalizedText.fold(gap)).stream()
                .filter(w -> !FILLERS.contains(w) && !w.equals(next.proclitic())).toList();
        if (words.isEmpty()) {
            return sameArea(m.entries(), next.proclitic().contains("ب") ? next.entries() : next.areasAndSeats());
        }
        return RELATIONS.contains(words.get(0)) && words.size() <= 3 && sameArea(m.entries(), next.entries());
    }

    /** True when some place of {@code places} lies in the governorate of, or within 100 km of, one of {@code wider}. */
    private static boolean sameArea(List<GazetteerEntry> places, List<GazetteerEntry> wider) {
        return places.stream().anyMatch(a -> wider.stream().anyMatch(b ->
                (!a.admin1Key().isEmpty() && a.admin1Key().equals(b.admin1Key())) || a.distanceKm(b) <= SAME_AREA_KM));
    }

    @Override
    public String toString() {
        return "GazetteerSpotter[longest match → common words need a cue → qualifying place becomes context]";
    }
}
