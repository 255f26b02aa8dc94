package org.marsad.incident;

/**
 * How {@link Blocks} files a claim, as values a store keeps beside the claim so that it can find
 * the claim again by {@link Reach}.
 *
 * @param coarse   filed by day alone (dated to the week or month, or placed only in a region)
 * @param placeKey the folded place mention; null when the claim names no place or is coarse
 * @param lat      the resolved place's latitude; null when unresolved or coarse
 * @param lon      the resolved place's longitude; null when unresolved or coarse
 */
public record Filing(boolean coarse, String placeKey, Double lat, Double lon) {
    public Filing {
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("a filing has both latitude and longitude or neither: " + lat + ", " + lon);
        }
        if (coarse && (placeKey != null || lat != null)) {
            throw new IllegalArgumentException("a coarse filing is by day alone");
        }
    }
}
