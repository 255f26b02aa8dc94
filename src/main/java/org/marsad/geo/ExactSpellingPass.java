package org.marsad.geo;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.text.NormalizedText;

/** Prefers candidates known by the very spelling of the mention over those reached only through transliteration rules. */
final class ExactSpellingPass implements DisambiguationPass {
    /** Apostrophes and ayn/hamza signs are left out: "'Anah" and "‘Anah" are written exactly as "Anah". */
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʿʾʻʼ]");

    @Override
    public String name() {
        return "exact spelling";
    }

    @Override
    public Narrowing narrow(List<GazetteerEntry> candidates, PlaceContext context) {
        String mention = spelling(context.mention());
        List<GazetteerEntry> exact = candidates.stream()
                .filter(e -> e.names().stream().map(ExactSpellingPass::spelling).anyMatch(mention::equals)).toList();
        if (exact.isEmpty() || exact.size() == candidates.size()) {
            return Narrowing.unchanged(candidates);
        }
        return new Narrowing(exact, "'" + context.mention() + "' is spelled exactly so only by " + ids(exact), true);
    }

    private static String spelling(String name) {
        return APOSTROPHES.matcher(NormalizedText.fold(name)).replaceAll("").replaceAll("[\\s\\-]+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    static String ids(List<GazetteerEntry> entries) {
        return String.join(", ", entries.stream().map(e -> e.id() + " " + e.name()).toList());
    }
}
