package org.marsad.extract;

/**
 * A reported count of people, as a range: "at least 12" is [12, 12] with {@code atLeast},
 * "between 10 and 15" is [10, 15], "dozens" is ACLED's 12.
 */
public record Figure(int low, int high) {
    public Figure {
        if (low < 0) {
            throw new IllegalArgumentException("figure low must be >= 0: " + low);
        }
        if (high < low) {
            throw new IllegalArgumentException("figure high must be >= low: [" + low + ", " + high + "]");
        }
    }

    public static Figure exactly(int n) {
        return new Figure(n, n);
    }
}
