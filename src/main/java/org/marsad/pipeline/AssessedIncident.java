package org.marsad.pipeline;

import org.marsad.assess.Assessment;
import org.marsad.incident.Incident;

/** An incident with its assessment, as the cluster stage hands them on. */
public record AssessedIncident(Incident incident, Assessment assessment) {
    public AssessedIncident {
        if (incident == null || assessment == null) {
            throw new IllegalArgumentException("an assessed incident needs an incident and an assessment");
        }
    }
}
