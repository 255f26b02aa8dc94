package org.marsad.incident;

import java.util.Optional;

/**
 * Where a claim went: the incident it joined or created, or none (with the reason), and the score.
 *
 * @param incident the incident, empty when the claim cannot found one (no type, place or date)
 * @param created  true when the claim founded a new incident
 * @param score    the matching score against the incident it joined; 0 when it created or found none
 * @param reason   why, in words
 */
public record Placement(Optional<IncidentId> incident, boolean created, double score, String reason) {
    public Placement {
        if (incident == null || reason == null) {
            throw new IllegalArgumentException("placement needs an incident option and a reason");
        }
    }
}
