package org.marsad.assess;

/**
 * One source behind an incident and how much it counts.
 *
 * @param source      the outlet that published the report (e.g. "AFP")
 * @param origin      the origin it relays: itself, or whom it cites (e.g. "SOHR")
 * @param independent whether it counts as an independent source (false for relays and copies)
 * @param affiliation the party it belongs to (actor id, e.g. "isis" for Amaq); null when none
 * @param report      the id of the report credited; null in assessments stored before it was kept
 * @param claim       the index of the credited claim in that report; null likewise
 */
public record SourceCredit(String source, String origin, boolean independent, String affiliation, String report,
                           Integer claim) {
    public SourceCredit {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        origin = origin == null || origin.isBlank() ? source : origin;
    }
}
