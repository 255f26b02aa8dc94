package org.marsad.store;

import java.util.List;
import java.util.Optional;
import org.marsad.assess.Grade;
import org.marsad.incident.IncidentId;

/** What the web app, API and exports read, and the review operations editors perform. */
public interface IncidentQueries {
    /** Incidents matching the filter, newest first, at most {@code limit}. */
    List<IncidentSummary> findIncidents(IncidentFilter filter, int limit);

    Optional<IncidentRecord> findIncident(IncidentId id);

    /** Sets a reviewer's grade on an incident with a note, and records it in the audit log. */
    void reviewGrade(IncidentId id, Grade grade, String note, String username);

    /** The latest audit entries, newest first. */
    List<AuditEntry> auditLog(int limit);

    Counts counts();

    /** How much the store holds. */
    record Counts(long rawReports, long reports, long claims, long incidents, long rejections) {
    }
}
