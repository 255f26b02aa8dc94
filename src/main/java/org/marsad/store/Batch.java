package org.marsad.store;

import java.util.List;
import java.util.Map;
import org.marsad.assess.Assessment;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.Incident;
import org.marsad.report.RawReport;
import org.marsad.report.Report;

/**
 * Many reports with their claims and incidents, written at once by {@link Store#saveBatch}: for
 * seeding a store (benchmarks, bulk loads), not for ingesting, which checks every report.
 *
 * @param incidents each incident with its assessment; its claims must be among {@code claims}
 *                  or already stored
 */
public record Batch(List<RawReport> raws, List<Report> reports, List<LocatedClaim> claims,
                    Map<Incident, Assessment> incidents) {
    public Batch {
        if (raws == null || reports == null || claims == null || incidents == null) {
            throw new IllegalArgumentException("a batch needs lists (possibly empty), not null");
        }
        raws = List.copyOf(raws);
        reports = List.copyOf(reports);
        claims = List.copyOf(claims);
        incidents = Map.copyOf(incidents);
    }
}
