package org.marsad.geo;

import org.marsad.report.Language;

/**
 * How the geocoder did on one gold place.
 *
 * @param sentence   the gold sentence's id
 * @param split      dev or test
 * @param lang       the sentence's language
 * @param gold       the gold place
 * @param found      the location the geocoder gave for that mention; null when it did not find the mention
 * @param distanceKm from the found coordinates to the true ones; null when not found or unresolved
 */
public record PlaceOutcome(String sentence, String split, Language lang, GoldPlace gold, Location found, Double distanceKm) {
    public PlaceOutcome {
        if (sentence == null || gold == null || lang == null || split == null) {
            throw new IllegalArgumentException("place outcome needs sentence, split, language and gold place");
        }
    }

    public boolean rightEntry() {
        return found != null && gold.gazetteerId().equals(found.gazetteerId());
    }

    public boolean within(double km) {
        return distanceKm != null && distanceKm <= km;
    }

    /** One line for the list of misses. */
    public String describe() {
        String got = found == null ? "not found"
                : found.resolved() ? found.gazetteerId() + " " + found.name() + String.format(java.util.Locale.ROOT,
                " (%.1f km off, precision %d)", distanceKm, found.geoPrecision()) : "unresolved";
        return sentence + " '" + gold.mention() + "': expected " + gold.gazetteerId() + ", got " + got;
    }
}
