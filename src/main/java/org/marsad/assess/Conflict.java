package org.marsad.assess;

/** A disagreement among an incident's sources, in words a verifier can act on. */
public record Conflict(Kind kind, String description) {
    /** What the sources disagree about. */
    public enum Kind { FIGURES, DENIAL, BLAME, DATE, TYPE }

    public Conflict {
        if (kind == null) {
            throw new IllegalArgumentException("conflict kind must not be null");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("conflict description must not be blank: " + kind);
        }
    }
}
