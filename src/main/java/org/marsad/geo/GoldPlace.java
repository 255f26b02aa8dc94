package org.marsad.geo;

/**
 * One place mention of the gold set and where it truly is.
 *
 * @param mention     the place as the sentence writes it
 * @param gazetteerId the entry a correct resolver chooses
 * @param lat         the true latitude in degrees
 * @param lon         the true longitude in degrees
 */
public record GoldPlace(String mention, String gazetteerId, double lat, double lon) {
    public GoldPlace {
        if (mention == null || mention.isBlank()) {
            throw new IllegalArgumentException("gold place mention must not be blank");
        }
        if (gazetteerId == null || gazetteerId.isBlank()) {
            throw new IllegalArgumentException("gold place needs a gazetteer id: " + mention);
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("gold coordinates out of range for " + mention + ": " + lat + ", " + lon);
        }
    }
}
