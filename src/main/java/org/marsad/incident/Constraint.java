package org.marsad.incident;

/**
 * A reviewer's decision that later clustering must respect: two claims belong together (a merge)
 * or must never be together (a split).
 */
public record Constraint(Kind kind, ClaimKey a, ClaimKey b) {
    /** What the reviewer decided. */
    public enum Kind { MERGE, SPLIT }

    public Constraint {
        if (kind == null || a == null || b == null) {
            throw new IllegalArgumentException("a constraint needs a kind and two claims");
        }
        if (a.equals(b)) {
            throw new IllegalArgumentException("a constraint needs two different claims: " + a);
        }
    }
}
