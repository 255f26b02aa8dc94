package org.marsad.assess;

/** A derived count across sources: the lowest credible, the best estimate, the highest reported. */
public record Estimate(int low, int best, int high) {
    public Estimate {
        if (low < 0 || best < low || high < best) {
            throw new IllegalArgumentException("estimate must satisfy 0 <= low <= best <= high: "
                    + low + " / " + best + " / " + high);
        }
    }
}
