package org.marsad.geo;

/**
 * The region a newsroom covers: when a name stays ambiguous, a candidate inside it is
 * preferred, and failing that one in the wider region around it. The default is Deir ez-Zor and
 * the Euphrates valley down to the Iraqi border, with a region reaching Aleppo, Mosul and Baghdad.
 */
public record FocusArea(String name, double lat, double lon, double radiusKm) {
    public static final FocusArea DEIR_EZ_ZOR = new FocusArea("Deir ez-Zor and the Euphrates valley", 34.95, 40.55, 130);

    public FocusArea {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("focus area name must not be blank");
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("focus area centre out of range: " + lat + ", " + lon);
        }
        if (!(radiusKm > 0)) {
            throw new IllegalArgumentException("focus area radiusKm must be > 0: " + radiusKm);
        }
    }

    /** How many times the radius the wider region reaches: the region of the reporting around the focus. */
    static final int REGION_FACTOR = 4;

    boolean contains(GazetteerEntry entry) {
        return entry.distanceKm(lat, lon) <= radiusKm;
    }

    /** True when the entry lies in the wider region around the focus area, {@link #regionKm()} from its centre. */
    boolean inRegion(GazetteerEntry entry) {
        return entry.distanceKm(lat, lon) <= regionKm();
    }

    double regionKm() {
        return radiusKm * REGION_FACTOR;
    }
}
