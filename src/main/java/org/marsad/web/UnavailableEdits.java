package org.marsad.web;

import org.marsad.incident.ClaimKey;
import org.marsad.incident.IncidentId;
import org.marsad.review.IncidentEdits;

/** Merge and split where the server was started without them: each says so instead of pretending. */
final class UnavailableEdits implements IncidentEdits {
    @Override
    public IncidentId merge(IncidentId from, IncidentId into, String username, String note) {
        throw new IllegalStateException("merging is not available on this server");
    }

    @Override
    public IncidentId split(IncidentId from, ClaimKey claim, String username, String note) {
        throw new IllegalStateException("splitting is not available on this server");
    }
}
