package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds place names without a gazetteer, from the words that introduce them: capitalised names
 * after "in", "near", "the village of"…, and Arabic names after بلدة, قرية, مدينة, حي.
 */
public final class CuePlaceSpotter implements PlaceSpotter {
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:in|at|near|outside|around|on|of|into|town of|village of|city of)\\s+((?:al-|el-|ash-|as-|ad-)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:al-|el-|ez-|az-)?\\p{Lu}[\\p{L}'’-]+){0,2})");
    /**
     * A settlement word opening its own word (with at most و or ف and ب, ل or ك before it; "البلدة" is
     * "the town", not a name's cue) and the words after it.
     */
    static final Pattern ARABIC = Pattern.compile(
            "(?<![\\p{InArabic}])[وف]?[بلك]?(?:بلدة|قرية|مدينة|حي|بلدات|قرى)\\s+"
                    + "([\\p{InArabic}]+(?:\\s+(?:ال)?[\\p{InArabic}]+)?)");

    @Override
    public List<PlaceMention> spot(String text) {
        List<PlaceMention> found = new ArrayList<>();
        add(found, ENGLISH.matcher(text));
        add(found, ARABIC.matcher(text));
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    /** Where an Arabic settlement word may begin: the pattern is tried only there, and at the proclitics before it. */
    private static final String[] SETTLEMENT_STARTS = {"بلد", "قري", "قرى", "مدين", "حي"};
    private static final String PROCLITICS = "وفبلك";

    /**
     * Only the Arabic names a settlement word introduces, as {@code ARABIC.matcher(text).find()}
     * would find them, but trying the pattern only where a settlement word begins.
     */
    static List<PlaceMention> arabic(String text) {
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        for (String start : SETTLEMENT_STARTS) {
            for (int i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + 1)) {
                starts.add(i);
                for (int k = i - 1; k >= Math.max(0, i - 2) && PROCLITICS.indexOf(text.charAt(k)) >= 0; k--) {
                    starts.add(k); // "لبلدة", "وبقرية"
                }
            }
        }
        List<PlaceMention> found = new ArrayList<>();
        Matcher m = ARABIC.matcher(text).useTransparentBounds(true);
        int free = 0;
        for (int start : starts) {
            if (start >= free && m.region(start, text.length()).lookingAt()) {
                found.add(new PlaceMention(m.group(1), new Span(m.start(1), m.end(1)), ""));
                free = m.end();
            }
        }
        return found;
    }

    private static void add(List<PlaceMention> found, Matcher m) {
        while (m.find()) {
            found.add(new PlaceMention(m.group(1), new Span(m.start(1), m.end(1)), ""));
        }
    }

    @Override
    public String toString() {
        return "CuePlaceSpotter[English place cues, Arabic بلدة/قرية/مدينة/حي]";
    }
}
