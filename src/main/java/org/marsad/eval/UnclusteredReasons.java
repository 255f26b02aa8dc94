package org.marsad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.extract.EventClaim;
import org.marsad.extract.Stance;
import org.marsad.geo.LocatedClaim;
import org.marsad.pipeline.Stages;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

/**
 * Why a report ended up in no incident, in the terms of the extraction stage ("no claim extracted",
 * "claim 0 lacks a place"), so that a miss can be taken to the stage that caused it.
 */
public final class UnclusteredReasons {
    private UnclusteredReasons() {
    }

    /** The reason for each of {@code reports} whose id is in {@code alone}, in report order. */
    public static Map<ReportId, String> of(Stages stages, List<Report> reports, Set<ReportId> alone) {
        Map<ReportId, String> out = new LinkedHashMap<>();
        for (Report report : reports) {
            if (alone.contains(report.id())) {
                out.put(report.id(), reason(stages, report));
            }
        }
        return out;
    }

    private static String reason(Stages stages, Report report) {
        List<EventClaim> claims = stages.extractor().extract(report);
        if (claims.isEmpty()) {
            return "no claim extracted";
        }
        List<String> reasons = new ArrayList<>();
        for (EventClaim claim : claims) {
            LocatedClaim located = stages.locator().locate(claim, report);
            List<String> lacks = new ArrayList<>();
            if (claim.eventType() == null && claim.stance() != Stance.DENIED) {
                lacks.add("an event type");
            }
            if (claim.date() == null) {
                lacks.add("a date");
            }
            if (claim.place() == null && located.location() == null) {
                lacks.add("a place");
            }
            reasons.add("claim " + claim.index() + (lacks.isEmpty() ? " (a denial) matched no incident"
                    : " lacks " + String.join(" and ", lacks)));
        }
        return String.join("; ", reasons);
    }
}
