package org.marsad.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.assess.Grade;
import org.marsad.assess.Reliability;
import org.marsad.assess.SourceProfiles;
import org.marsad.extract.EventClaim;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.IncidentId;
import org.marsad.report.Report;
import org.marsad.store.Store;

/** Reads the reviewers' verdicts from the store, with what each origin said, to learn reliability from. */
public final class Verdicts {
    private Verdicts() {
    }

    public static List<Reliability.Verdict> from(Store store, SourceProfiles profiles) {
        List<Reliability.Verdict> out = new ArrayList<>();
        for (Map.Entry<IncidentId, Grade> reviewed : store.reviewedGrades().entrySet()) {
            store.loadIncident(reviewed.getKey()).ifPresent(incident -> {
                List<Reliability.Testimony> testimonies = new ArrayList<>();
                for (LocatedClaim located : incident.claims()) {
                    EventClaim claim = located.claim();
                    Report report = store.findReport(claim.report()).orElse(null);
                    String source = report == null || report.source() == null ? "unknown source" : report.source();
                    String origin = profiles.canonical(claim.attributedTo() == null ? source : claim.attributedTo());
                    testimonies.add(new Reliability.Testimony(origin, claim.stance()));
                }
                out.add(new Reliability.Verdict(reviewed.getKey().value(), reviewed.getValue(),
                        testimonies.stream().distinct().toList()));
            });
        }
        return out;
    }

    /** Reliability learned from every verdict in the store. */
    public static Reliability reliability(Store store, SourceProfiles profiles) {
        return Reliability.learn(from(store, profiles));
    }
}
