package org.marsad.geo;

import org.marsad.extract.EventClaim;

/** A claim with its place resolved; {@code location} is null when the claim names no place. */
public record LocatedClaim(EventClaim claim, Location location) {
    public LocatedClaim {
        if (claim == null) {
            throw new IllegalArgumentException("located claim needs a claim");
        }
    }
}
