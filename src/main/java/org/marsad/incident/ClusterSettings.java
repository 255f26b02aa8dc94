package org.marsad.incident;

/**
 * How claims are matched to incidents.
 *
 * @param dayWindow     days apart that two day-precise claims may still be one incident
 * @param kmByPrecision distance within which two places may be one incident, by the looser geo precision (1, 2, 3)
 * @param threshold     the score a candidate incident must reach for a claim to join it
 */
public record ClusterSettings(int dayWindow, double[] kmByPrecision, double threshold) {
    public static final ClusterSettings DEFAULTS = new ClusterSettings(1, new double[] {10, 25, 100}, 2.0);

    public ClusterSettings {
        if (dayWindow < 0) {
            throw new IllegalArgumentException("day window must be >= 0: " + dayWindow);
        }
        if (kmByPrecision == null || kmByPrecision.length != 3) {
            throw new IllegalArgumentException("distances are needed for geo precision 1, 2 and 3");
        }
        kmByPrecision = kmByPrecision.clone();
        if (threshold <= 0) {
            throw new IllegalArgumentException("threshold must be > 0: " + threshold);
        }
    }

    /** Days apart allowed for a claim of this time precision code (1 day, 2 week, 3 month). */
    public int days(int timePrecision) {
        return switch (timePrecision) {
            case 2 -> 7;
            case 3 -> 31;
            default -> dayWindow;
        };
    }

    public double km(int geoPrecision) {
        return kmByPrecision[Math.max(1, Math.min(3, geoPrecision)) - 1];
    }

    @Override
    public String toString() {
        return "ClusterSettings[±" + dayWindow + " day, " + kmByPrecision[0] + "/" + kmByPrecision[1] + "/"
                + kmByPrecision[2] + " km, threshold " + threshold + "]";
    }
}
