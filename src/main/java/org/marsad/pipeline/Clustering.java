package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.EventClaim;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentIndex;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

/**
 * Extract → locate → cluster → assess over a set of reports, in memory. The claims are clustered
 * in {@link ClaimOrder#CANONICAL} order, so the same reports give the same incidents in any order.
 */
public final class Clustering {
    private final Stages stages;

    public Clustering(Stages stages) {
        this.stages = stages;
    }

    public List<AssessedIncident> cluster(List<Report> reports) {
        Map<ReportId, Report> byId = new LinkedHashMap<>();
        List<LocatedClaim> claims = new ArrayList<>();
        for (Report report : reports) {
            byId.put(report.id(), report);
            for (EventClaim claim : stages.extractor().extract(report)) {
                claims.add(stages.locator().locate(claim, report));
            }
        }
        claims.sort(ClaimOrder.CANONICAL);
        IncidentIndex index = new IncidentIndex(stages.clustering());
        claims.forEach(index::add);
        List<AssessedIncident> out = new ArrayList<>();
        for (Incident incident : index.incidents()) {
            out.add(new AssessedIncident(incident, stages.assessor().assess(incident, byId::get)));
        }
        return out;
    }
}
