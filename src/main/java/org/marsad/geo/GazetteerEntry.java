package org.marsad.geo;

import java.util.List;

/**
 * One place of the gazetteer: a GeoNames row or a curated overlay row, with every name it
 * is known by and the facts a {@link Location} needs.
 *
 * @param id           "geonames:170017" or "overlay:shafa"
 * @param name         display name in English (or Latin script)
 * @param nameAr       Arabic name; null when none is known
 * @param names        every name form, Latin and Arabic, including {@code name}
 * @param lat          latitude in degrees
 * @param lon          longitude in degrees
 * @param featureClass GeoNames feature class: P populated place, A administrative area, L area, ...
 * @param featureCode  GeoNames feature code, e.g. PPLA2, RGN, OILF
 * @param countryCode  ISO 3166-1 alpha-2, e.g. SY
 * @param admin1Code   GeoNames admin1 code within the country, e.g. "07"; empty when unknown
 * @param district     district (admin2) name; null when unknown
 * @param population   population, 0 when unknown
 * @param source       the file and line it came from, and for overlay rows where its coordinates come from
 */
public record GazetteerEntry(String id, String name, String nameAr, List<String> names, double lat, double lon,
                             String featureClass, String featureCode, String countryCode, String admin1Code,
                             String district, long population, String source) {
    /** The sphere {@link #greatCircleKm} measures on. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    public GazetteerEntry {
        if (id == null || !id.matches("(geonames|overlay):[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("gazetteer id must be geonames:<n> or overlay:<slug>: '" + id + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("gazetteer entry name must not be blank: " + id);
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range for " + id + ": " + lat + ", " + lon);
        }
        names = List.copyOf(names == null ? List.of(name) : names);
        featureClass = featureClass == null ? "" : featureClass;
        featureCode = featureCode == null ? "" : featureCode;
        countryCode = countryCode == null ? "" : countryCode;
        admin1Code = admin1Code == null ? "" : admin1Code;
        source = source == null ? "" : source;
    }

    /** True for regions and administrative areas, which resolve with ACLED geo precision 3. */
    public boolean isArea() {
        return featureClass.equals("A") || featureCode.equals("RGN") || featureCode.equals("AREA");
    }

    /** ACLED geo precision of the entry itself: 3 for areas, 1 for towns, villages and sites. */
    public int geoPrecision() {
        return isArea() ? 3 : 1;
    }

    /** "SY.07": the country and admin1 code together, empty when the admin1 code is unknown. */
    public String admin1Key() {
        return admin1Code.isEmpty() ? "" : countryCode + "." + admin1Code;
    }

    /** Great-circle distance to a point, in kilometres. */
    public double distanceKm(double toLat, double toLon) {
        return greatCircleKm(lat, lon, toLat, toLon);
    }

    /** Great-circle distance between two points given in degrees, in kilometres. */
    public static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    public double distanceKm(GazetteerEntry other) {
        return distanceKm(other.lat, other.lon);
    }
}
