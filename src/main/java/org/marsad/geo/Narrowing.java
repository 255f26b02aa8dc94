package org.marsad.geo;

import java.util.List;

/**
 * What one disambiguation pass made of the candidates: those it kept, best first, and why;
 * {@code confident} is false when it only ranked candidates it could not tell apart.
 */
record Narrowing(List<GazetteerEntry> kept, String reason, boolean confident) {
    Narrowing {
        kept = List.copyOf(kept);
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("a narrowing keeps at least one candidate");
        }
    }

    /** The pass had nothing to say: keep every candidate. */
    static Narrowing unchanged(List<GazetteerEntry> candidates) {
        return new Narrowing(candidates, null, true);
    }

    boolean decided() {
        return reason != null;
    }
}
