package org.marsad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
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
 * Latin-script names count only when capitalized. A place named like an ordinary word ("هجين" hybrid, "الجلاء" evacuation) counts only
 * after a place cue (in, village of, بلدة, قرية, في, the clitic ب) or in a list of places.
 * A place or area that qualifies the one before it ("Sha'fah east of Hajin", "الشعفة بريف
 * دير الزور الشرقي") becomes that mention's context instead of a mention of its own.
 */
public final class GazetteerSpotter implements PlaceSpotter {
    private static final String COMMON_WORDS = "/gazetteer/common-words.txt";
    private static final int MAX_CONTEXT_GAP = 30;
    /** Words after which a place is expected, folded as {@link NormalizedText#fold} folds them. */
    private static final Set<String> CUES = Set.of("in", "at", "near", "village", "villages", "town", "towns", "city",
            "of", "on", "from", "into", "to", "toward", "towards", "around", "outskirts", "east", "west", "north", "south",
            "قريه", "بلده", "مدينه", "في", "قرب", "محيط", "اطراف", "بلدات", "قري", "شرق", "غرب", "شمال", "جنوب",
            "شرقي", "غربي", "منطقه", "حي", "ريف", "من", "الي", "نحو", "داخل", "بين", "باتجاه", "اتجاه", "عند", "حول",
            "بمحيط", "بلدتي", "قريتي", "مدينتي", "against", "across", "دخول", "دخلت", "علي", "على", "اقتحام", "اقتحمت", "entered");
    private static final Set<String> FILLERS = Set.of("in", "on", "the", "of", "في", "من");
    private static final Set<String> RELATIONS = Set.of("east", "west", "north", "south", "eastern", "western",
            "northern", "southern", "near", "outskirts", "countryside", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي",
            "شمالي", "جنوبي", "قرب", "محيط", "اطراف", "ريف", "بريف", "ضواحي");
    /** A gap holding one of these crosses a sentence or clause: the place after it qualifies nothing. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?؟\\n;]");
    private static final Set<String> LIST_GAPS = Set.of("", ",", "،", "and", "or", "و", "او", ", and");

    private static final double SAME_AREA_KM = 100;
    private static final long LARGE_TOWN = 100_000;

    private final NameScanner scanner;
    private final Set<String> commonWords;
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
        this.commonWords = commonWords();
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

    /** Matches that are places here: common-word names need a cue or a place just before them. */
    private List<NameMatch> accepted(String text, List<NameMatch> matches) {
        List<NameMatch> accepted = new ArrayList<>();
        for (NameMatch m : matches) {
            if (!PlaceName.isArabic(m.text()) && (!capitalized(m.text()) || acronym(m.text()))) {
                continue;
            }
            String key = PlaceName.key(m.text());
            if (commonWords.contains("!" + key)) {
                continue;
            }
            boolean common = commonWords.contains(key) || remote(m);
            NameMatch previous = accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
            if (!common || cued(text, m) || listedAfter(text, previous, m)) {
                accepted.add(m);
            }
        }
        return accepted;
    }

    /** English writes place names with a capital: "but" and "same" are words, not towns. */
    private static boolean capitalized(String text) {
        return PlaceName.words(text).stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    /** "SDF", "SOHR", "ISIS": capitals only, one short word, an organization rather than a town. */
    private static boolean acronym(String text) {
        return text.length() <= 5 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * True when every place the name could be is small and far outside the focus region: in
     * a world gazetteer such names are mostly ordinary words ("التحالف" is a village in Yemen).
     */
    private boolean remote(NameMatch m) {
        return m.entries().stream().noneMatch(e -> focus.inRegion(e) || e.population() >= LARGE_TOWN)
                && !m.namesAreaOrSeat();
    }

    private static boolean cued(String text, NameMatch m) {
        if (m.proclitic().contains("ب") || m.proclitic().contains("ل")) {
            return true;
        }
        List<String> before = PlaceName.words(text.substring(Math.max(0, m.start() - 30), m.start()));
        return !before.isEmpty() && CUES.contains(NormalizedText.fold(before.get(before.size() - 1)));
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

    private static Set<String> commonWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = GazetteerSpotter.class.getResourceAsStream(COMMON_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMMON_WORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (word.startsWith("!")) {
                    words.add("!" + PlaceName.indexKey(word.substring(1)));
                } else if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(PlaceName.indexKey(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_WORDS, e);
        }
        return Set.copyOf(words);
    }

    @Override
    public String toString() {
        return "GazetteerSpotter[longest match → common words need a cue → qualifying place becomes context]";
    }
}
