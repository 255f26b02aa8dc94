package org.marsad.review;

import org.marsad.incident.ClaimKey;
import org.marsad.incident.IncidentId;

/** The reviewer's merge and split, as the web app calls them. */
public interface IncidentEdits {
    /** Moves every claim of {@code from} into {@code into}, deletes {@code from}, and returns {@code into}. */
    IncidentId merge(IncidentId from, IncidentId into, String username, String note);

    /** Moves one claim out of {@code from} into a new incident and returns the new incident's id. */
    IncidentId split(IncidentId from, ClaimKey claim, String username, String note);
}
