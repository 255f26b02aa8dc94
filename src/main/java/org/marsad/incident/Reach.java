package org.marsad.incident;

import java.time.LocalDate;
import org.marsad.geo.GazetteerEntry;

/**
 * Where the claims a new claim could match can be, as ranges a store can query. A stored claim is
 * within reach when its date is within {@code from}–{@code to} (or, when it is dated only to the
 * week or month, {@code coarseFrom}–{@code coarseTo}) and it has the same place name or lies in
 * {@code box} (or, when placed only in a region, {@code wideBox}). Every claim that
 * {@link ClaimMatch} could score above zero is within reach; an incident with such a claim is a
 * candidate. {@link Blocks} searches the same reach in memory.
 *
 * @param placeKey the folded place mention; null when the claim names no place
 * @param box      around the resolved place, as far as a claim placed to the town or district may be;
 *                 null when unresolved
 * @param wideBox  around the resolved place, as far as a claim placed only in a region may be;
 *                 null when unresolved
 */
public record Reach(LocalDate from, LocalDate to, String placeKey, Box box, LocalDate coarseFrom, LocalDate coarseTo,
                    Box wideBox) {
    public Reach {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("a reach needs a date range, from before to: " + from + " to " + to);
        }
        if (coarseFrom == null || coarseTo == null || coarseFrom.isAfter(from) || coarseTo.isBefore(to)) {
            throw new IllegalArgumentException("a reach needs a coarse date range around its range: " + coarseFrom
                    + " to " + coarseTo);
        }
    }

    /** Whether a claim filed so, on that day, is within the reach: what a store's query must select. */
    public boolean covers(Filing filing, LocalDate date) {
        boolean longDated = filing.longDated();
        if (date.isBefore(longDated ? coarseFrom : from) || date.isAfter(longDated ? coarseTo : to)) {
            return false;
        }
        Box around = filing.wide() ? wideBox : box;
        return (placeKey != null && placeKey.equals(filing.placeKey()))
                || (around != null && filing.lat() != null && around.contains(filing.lat(), filing.lon()));
    }

    /** Latitudes from south (inclusive) to north (exclusive), longitudes from west (inclusive) to east (exclusive). */
    public record Box(double south, double north, double west, double east) {
        private static final double KM_PER_DEGREE = GazetteerEntry.EARTH_RADIUS_KM * Math.PI / 180;

        public Box {
            if (!(south < north) || !(west < east)) {
                throw new IllegalArgumentException("a box needs south < north and west < east: " + south + ", " + north
                        + ", " + west + ", " + east);
            }
        }

        /** Holds every point within {@code km} of the centre (great-circle), with a margin of 1 %. */
        public static Box around(double lat, double lon, double km) {
            double dLat = km / KM_PER_DEGREE * 1.01;
            double dLon = dLat / Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + dLat)));
            return new Box(lat - dLat, lat + dLat, lon - dLon, lon + dLon);
        }

        public boolean contains(double lat, double lon) {
            return lat >= south && lat < north && lon >= west && lon < east;
        }
    }
}
