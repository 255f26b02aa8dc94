package org.marsad.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.marsad.assess.Assessor;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.ClaimKey;
import org.marsad.incident.Constraint;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentId;
import org.marsad.incident.IncidentIndex;
import org.marsad.store.AuditEntry;
import org.marsad.store.Store;

/**
 * What a reviewer changes in the record: merging two incidents that are one event, splitting a
 * claim out of an incident it does not belong to. Each change is re-assessed, audited, and kept as
 * a constraint that later clustering runs respect.
 */
public final class Review implements IncidentEdits {
    private final Store store;
    private final Assessor assessor;
    private final Clock clock;

    public Review(Store store, Assessor assessor, Clock clock) {
        this.store = store;
        this.assessor = assessor;
        this.clock = clock;
    }

    @Override
    public IncidentId merge(IncidentId from, IncidentId into, String username, String note) {
        requireNote(note, from);
        if (from.equals(into)) {
            throw new IllegalArgumentException("an incident cannot be merged into itself: " + from);
        }
        Incident source = load(from);
        Incident target = load(into);
        List<LocatedClaim> claims = new ArrayList<>(target.claims());
        claims.addAll(source.claims());
        Incident merged = new Incident(into, claims);
        ClaimKey anchor = ClaimKey.of(target.claims().get(0));
        store.inTransaction(() -> {
            store.deleteIncident(from);
            store.saveIncident(merged, assessor.assess(merged, this::report));
            source.claims().forEach(c -> store.saveConstraint(new Constraint(Constraint.Kind.MERGE, ClaimKey.of(c), anchor), username));
            store.audit(new AuditEntry(clock.instant(), username, "review.merge", into.value(),
                    "merged " + from + " into " + into + ": " + note.strip()));
        });
        return into;
    }

    @Override
    public IncidentId split(IncidentId from, ClaimKey claim, String username, String note) {
        requireNote(note, from);
        Incident incident = load(from);
        LocatedClaim moved = incident.claims().stream().filter(c -> ClaimKey.of(c).equals(claim)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("incident " + from + " has no claim " + claim));
        List<LocatedClaim> rest = incident.claims().stream().filter(c -> c != moved).toList();
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("incident " + from + " has only claim " + claim + "; nothing to split");
        }
        Incident remaining = new Incident(from, rest);
        Incident separate = new Incident(freshId(moved), List.of(moved));
        store.inTransaction(() -> {
            store.saveIncident(remaining, assessor.assess(remaining, this::report));
            store.saveIncident(separate, assessor.assess(separate, this::report));
            rest.forEach(c -> store.saveConstraint(new Constraint(Constraint.Kind.SPLIT, claim, ClaimKey.of(c)), username));
            store.audit(new AuditEntry(clock.instant(), username, "review.split", from.value(),
                    "split " + claim + " out of " + from + " into " + separate.id() + ": " + note.strip()));
        });
        return separate.id();
    }

    private IncidentId freshId(LocatedClaim claim) {
        IncidentId base = IncidentIndex.idFor(claim.claim());
        IncidentId id = base;
        for (int n = 2; store.loadIncident(id).isPresent(); n++) {
            id = new IncidentId(base.value() + "-" + n);
        }
        return id;
    }

    private Incident load(IncidentId id) {
        return store.loadIncident(id).orElseThrow(() -> new IllegalArgumentException("no incident " + id));
    }

    private org.marsad.report.Report report(org.marsad.report.ReportId id) {
        return store.findReport(id).orElseThrow(() -> new IllegalStateException("report " + id + " is missing"));
    }

    private static void requireNote(String note, IncidentId id) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a review of " + id + " needs a note saying why");
        }
    }
}
