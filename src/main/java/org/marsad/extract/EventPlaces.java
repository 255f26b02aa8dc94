package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.lexicon.Phrases;

/**
 * Which of the places a sentence names is where its event happened: not one inside a source's or an
 * actor's name, not one named as a bearing, a seat or where attackers stood when another is named, not a
 * broad area beside a village, and never one people headed for.
 */
final class EventPlaces {
    /**
     * Words just before a place that name it as a bearing, an institution's seat or where the attackers
     * stood ("artillery positioned in al-Mayadin shelled Dhiban"), not as where the event was.
     */
    private static final Pattern REFERENCE = Pattern.compile("(?i)(?:\\b(?:north|south|east|west|north-?east|north-?west"
            + "|south-?east|south-?west)\\s+of|\\bcouncil\\s+of|\\b(?:positioned|stationed|based|deployed)\\s+(?:in|at|near)"
            + "|(?<![\\p{L}])(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|مجلس"
            + "|(?:المتمركزة|المتمركز|المرابطة|المنتشرة|المتواجدة)\\s+في))\\s+(?:the\\s+)?$");

    /** Words just before a place that name it as where people went, never where the event was ("withdrew towards al-Jurdhi"). */
    private static final Set<String> HEADING = Set.of("toward", "towards", "باتجاه", "نحو", "صوب");

    /**
     * The place of the sentence's event: the first place inside it that is not part of a source's or an
     * actor's name ("Deir Ezzor 24", "the Deir ez-Zor Military Council"), passing over a place named only as
     * a bearing or an institution's seat ("الدادات شمال منبج", "مجلس دير الزور المدني") and a broad area
     * ("ريف دير الزور الشرقي", "the desert west of the Euphrates") when the sentence names another; a
     * place people went towards ("انسحب من تبقى منهم باتجاه بلدة الجرذي") is never the event's.
     */
    static PlaceMention placeIn(Sentences.Sentence s, List<PlaceMention> places, List<Phrases.Hit> names, String text) {
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

    private static final Set<String> TOWN_WORDS = Set.of("town", "village", "city");
    private static final Set<String> SETTLEMENT_WORDS = Set.of("بلدة", "قرية", "مدينة");

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

    static List<Phrases.Hit> names(List<Phrases.Hit> origins, List<Phrases.Hit> actors) {
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

    private EventPlaces() {
    }
}
