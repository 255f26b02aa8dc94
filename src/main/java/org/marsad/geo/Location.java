package org.marsad.geo;

import java.util.List;

/**
 * Where a claim happened: the place mention resolved to a gazetteer entry (or an area),
 * with ACLED geo precision and the reasons for the choice.
 *
 * @param mention      the place as the report wrote it
 * @param gazetteerId  the chosen entry's id ("geonames:170017", "overlay:shafa"); null when unresolved
 * @param name         the entry's display name in English; the mention when unresolved
 * @param nameAr       the entry's Arabic name; null when the gazetteer has none
 * @param lat          latitude in degrees; null when unresolved
 * @param lon          longitude in degrees; null when unresolved
 * @param geoPrecision 1 the named town, 2 near a town or part of a region, 3 a larger region
 * @param admin1       governorate/province; null when unknown
 * @param admin2       district; null when unknown
 * @param country      country name; null when unknown
 * @param iso          ISO 3166-1 numeric country code as ACLED uses it; 0 when unknown
 * @param candidates   other entries considered, as gazetteer ids, best first
 * @param why          the passes that decided, in order
 */
public record Location(String mention, String gazetteerId, String name, String nameAr, Double lat, Double lon,
                       int geoPrecision, String admin1, String admin2, String country, int iso,
                       List<String> candidates, List<String> why) {
    public Location {
        if (mention == null || mention.isBlank()) {
            throw new IllegalArgumentException("location mention must not be blank");
        }
        if (geoPrecision < 1 || geoPrecision > 3) {
            throw new IllegalArgumentException("geo precision must be 1, 2 or 3: " + geoPrecision);
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("latitude and longitude go together: " + lat + ", " + lon);
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
        why = List.copyOf(why == null ? List.of() : why);
        name = name == null ? mention : name;
    }

    public boolean resolved() {
        return gazetteerId != null && lat != null;
    }
}
