package org.marsad.incident;

import java.time.LocalDate;

/**
 * Where a new claim's candidate incidents can be, as ranges a store can query: the claims filed
 * precisely ({@link Filing#coarse()} false) between {@code from} and {@code to} under the same
 * place name or inside the box, and the coarse claims between {@code coarseFrom} and
 * {@code coarseTo}. An incident with any such claim is a candidate; {@link Blocks} searches the
 * same ranges in memory.
 *
 * @param placeKey the folded place mention; null when the claim names no place
 * @param box      the cells within reach of the claim's resolved place; null when unresolved
 */
public record Reach(LocalDate from, LocalDate to, String placeKey, Box box, LocalDate coarseFrom, LocalDate coarseTo) {
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
        if (filing.coarse()) {
            return !date.isBefore(coarseFrom) && !date.isAfter(coarseTo);
        }
        if (date.isBefore(from) || date.isAfter(to)) {
            return false;
        }
        return (placeKey != null && placeKey.equals(filing.placeKey()))
                || (box != null && filing.lat() != null && box.contains(filing.lat(), filing.lon()));
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
