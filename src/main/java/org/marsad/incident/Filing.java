package org.marsad.incident;

/**
 * How {@link Blocks} files a claim, as values a store keeps beside the claim so that it can find
 * the claim again by {@link Reach}.
 *
 * @param longDated dated only to the week or month: found from a month around
 * @param wide      placed only in a region (geo precision 3): found from a hundred km around
 * @param placeKey  the folded place mention; null when the claim names no place
 * @param lat       the resolved place's latitude; null when unresolved
 * @param lon       the resolved place's longitude; null when unresolved
 */
public record Filing(boolean longDated, boolean wide, String placeKey, Double lat, Double lon) {
    public Filing {
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("a filing has both latitude and longitude or neither: " + lat + ", " + lon);
        }
    }

    /** Few claims are coarse; they are kept apart from the day-and-cell blocks. */
    public boolean coarse() {
        return longDated || wide;
    }
}
