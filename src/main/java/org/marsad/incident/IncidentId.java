package org.marsad.incident;

/** Identifies one incident, stable across runs (e.g. "SYR-20181215-0001" or a hash-derived id). */
public record IncidentId(String value) {
    public IncidentId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("incident id must not be blank: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
