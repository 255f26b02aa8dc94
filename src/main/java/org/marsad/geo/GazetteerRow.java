package org.marsad.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a GeoNames-format file (the 19 tab-separated {@code geoname} columns, and
 * for overlay files a 20th, the source of the coordinates), checked and read into an entry.
 */
final class GazetteerRow {
    static final int GEONAMES_COLUMNS = 19;

    private GazetteerRow() {
    }

    /** Reads a line (the display name is the ASCII name when there is one, as ACLED writes names); throws {@link IllegalArgumentException} with a one-line reason when it is malformed. */
    static GazetteerEntry parse(String line, String where) {
        String[] c = line.split("\t", -1);
        if (c.length != GEONAMES_COLUMNS && c.length != GEONAMES_COLUMNS + 1) {
            throw new IllegalArgumentException("expected 19 or 20 tab-separated columns, found " + c.length);
        }
        String rawId = c[0].trim();
        if (!rawId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("id must be a GeoNames number or a slug: '" + rawId + "'");
        }
        if (c[1].isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        double lat = coordinate(c[4], "latitude", 90);
        double lon = coordinate(c[5], "longitude", 180);
        long population = population(c[14]);
        boolean numeric = rawId.chars().allMatch(Character::isDigit);
        String id = (numeric ? "geonames:" : "overlay:") + rawId;
        List<String> names = names(c[1], c[2], c[3]);
        String source = where + (c.length > GEONAMES_COLUMNS && !c[19].isBlank() ? " (" + c[19].trim() + ")" : "");
        String district = c.length > GEONAMES_COLUMNS && !c[11].isBlank() ? c[11].trim() : null;
        String display = c[2].isBlank() ? c[1].trim() : c[2].trim();
        return new GazetteerEntry(id, display, firstArabic(names), names, lat, lon,
                c[6].trim(), c[7].trim(), c[8].trim(), c[10].trim(), district, population, source);
    }

    private static double coordinate(String text, String field, double limit) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a number: '" + text + "'");
        }
        if (Double.isNaN(value) || value < -limit || value > limit) {
            throw new IllegalArgumentException(field + " out of range: " + text.trim());
        }
        return value;
    }

    private static long population(String text) {
        if (text.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("population is not a whole number: '" + text + "'");
        }
    }

    private static List<String> names(String name, String ascii, String alternates) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name.trim());
        if (!ascii.isBlank()) {
            names.add(ascii.trim());
        }
        for (String alternate : alternates.split(",")) {
            if (!alternate.isBlank()) {
                names.add(alternate.trim());
            }
        }
        return new ArrayList<>(names);
    }

    static String firstArabic(List<String> names) {
        return names.stream().filter(PlaceName::isArabic).findFirst().orElse(null);
    }
}
