package org.marsad.incident;

/**
 * How {@link Blocks} files a claim, as values a store keeps beside the claim so that it can find
 * the claim again by {@link Reach}.
 *
 * @param coarse   dated only to the week or month, or placed only in a region: found from a month
 *                 around and a hundred km around rather than by day and cell
 * @param placeKey the folded place mention; null when the claim names no place
 * @param lat      the resolved place's latitude; null when unresolved
 * @param lon      the resolved place's longitude; null when unresolved
 */
public record Filing(boolean coarse, String placeKey, Double lat, Double lon) {
    public Filing {
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("a filing has both latitude and longitude or neither: " + lat + ", " + lon);
        }
    }
}
