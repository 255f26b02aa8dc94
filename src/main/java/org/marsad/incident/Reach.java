package org.marsad.incident;

import java.time.LocalDate;

/**
 * Where a new claim's candidate incidents can be, as ranges a store can query: the claims filed
 * precisely ({@link Filing#coarse()} false) between {@code from} and {@code to} under the same
 * place name or inside {@code box}, and the coarse claims between {@code coarseFrom} and
 * {@code coarseTo} under the same place name or inside {@code coarseBox}. An incident with any
 * such claim is a candidate; {@link Blocks} searches the same ranges in memory.
 *
 * @param placeKey  the folded place mention; null when the claim names no place
 * @param box       the cells within reach of the claim's resolved place; null when unresolved
 * @param coarseBox the cells within reach of a place known only to the region; null when unresolved
 */
public record Reach(LocalDate from, LocalDate to, String placeKey, Box box, LocalDate coarseFrom, LocalDate coarseTo,
                    Box coarseBox) {
    public Reach {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("a reach needs a date range, from before to: " + from + " to " + to);
        }
        if (coarseFrom == null || coarseTo == null || coarseFrom.isAfter(coarseTo)) {
            throw new IllegalArgumentException("a reach needs a coarse date range: " + coarseFrom + " to " + coarseTo);
        }
    }

    /** Whether a claim filed so, on that day, is within the reach: what a store's query must select. */
    public boolean covers(Filing filing, LocalDate date) {
        boolean coarse = filing.coarse();
        if (date.isBefore(coarse ? coarseFrom : from) || date.isAfter(coarse ? coarseTo : to)) {
            return false;
        }
        Box around = coarse ? coarseBox : box;
        return (placeKey != null && placeKey.equals(filing.placeKey()))
                || (around != null && filing.lat() != null && around.contains(filing.lat(), filing.lon()));
    }

    /** Latitudes from south (inclusive) to north (exclusive), longitudes from west (inclusive) to east (exclusive). */
    public record Box(double south, double north, double west, double east) {
        public Box {
            if (!(south < north) || !(west < east)) {
                throw new IllegalArgumentException("a box needs south < north and west < east: " + south + ", " + north
                        + ", " + west + ", " + east);
            }
        }

        public boolean contains(double lat, double lon) {
            return lat >= south && lat < north && lon >= west && lon < east;
        }
    }
}
