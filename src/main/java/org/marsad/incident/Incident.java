package org.marsad.incident;

import java.util.List;
import org.marsad.geo.LocatedClaim;

/** One real event as Marsad understands it: the claims, from one or many reports, that describe it. */
public record Incident(IncidentId id, List<LocatedClaim> claims) {
    public Incident {
        if (id == null) {
            throw new IllegalArgumentException("incident id must not be null");
        }
        if (claims == null || claims.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " must have at least one claim");
        }
        claims = List.copyOf(claims);
    }
}
