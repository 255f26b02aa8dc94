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
    private static final Pattern ARABIC = Pattern.compile(
            "(?=[بقمح])(?:بلدة|قرية|مدينة|حي|بلدات|قرى|ببلدة|بقرية|بمدينة)\\s+([\\p{InArabic}]+(?:\\s+(?:ال)?[\\p{InArabic}]+)?)");

    @Override
    public List<PlaceMention> spot(String text) {
        List<PlaceMention> found = new ArrayList<>();
        add(found, ENGLISH.matcher(text));
        add(found, ARABIC.matcher(text));
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    /** Only the Arabic names a settlement word introduces; nothing to look at in a text without Arabic. */
    static List<PlaceMention> arabic(String text) {
        List<PlaceMention> found = new ArrayList<>();
        if (text.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
            add(found, ARABIC.matcher(text));
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
