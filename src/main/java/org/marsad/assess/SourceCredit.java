package org.marsad.assess;

/**
 * One source behind an incident and how much it counts.
 *
 * @param source      the outlet that published the report (e.g. "AFP")
 * @param origin      the origin it relays: itself, or whom it cites (e.g. "SOHR")
 * @param independent whether it counts as an independent source (false for relays and copies)
 * @param affiliation the party it belongs to (actor id, e.g. "isis" for Amaq); null when none
 */
public record SourceCredit(String source, String origin, boolean independent, String affiliation) {
    public SourceCredit {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        origin = origin == null || origin.isBlank() ? source : origin;
    }
}
