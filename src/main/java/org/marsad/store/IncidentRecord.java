package org.marsad.store;

import java.util.List;
import org.marsad.assess.Assessment;
import org.marsad.incident.Incident;
import org.marsad.report.Report;

/** An incident with its assessment and every report behind it, as the incident page shows it. */
public record IncidentRecord(Incident incident, Assessment assessment, List<Report> reports, List<AuditEntry> history) {
    public IncidentRecord {
        reports = List.copyOf(reports);
        history = List.copyOf(history == null ? List.of() : history);
    }
}
