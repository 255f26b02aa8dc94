package org.marsad.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.assess.Assessment;
import org.marsad.assess.Assessor;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.ClusterSettings;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentIndex;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.RawReport;
import org.marsad.report.Report;
import org.marsad.report.ReportId;
import org.marsad.store.Batch;
import org.marsad.store.Store;

/**
 * Fills an empty store with generated claims ({@link SyntheticClaims}), each from a report of its
 * own, clustered and assessed as ingest would, written in batches: a large store to measure
 * incremental ingest against.
 */
public final class StoreSeed {
    private static final int BATCH_CLAIMS = 20_000;

    private final Store store;
    private final ClusterSettings settings;
    private final Assessor assessor;

    public StoreSeed(Store store, ClusterSettings settings, Assessor assessor) {
        this.store = store;
        this.settings = settings;
        this.assessor = assessor;
    }

    /** Writes {@code claims} generated claims ({@link SyntheticClaims#mixedClaims}) and their incidents. */
    public int fill(int claims, long seed) {
        return fill(new SyntheticClaims(seed).mixedClaims(claims));
    }

    /** Clusters and assesses the claims and writes them with their incidents; returns the incidents written. */
    public int fill(List<LocatedClaim> claims) {
        if (store.counts().claims() > 0) {
            throw new IllegalStateException("the store must be empty to be seeded; it holds "
                    + store.counts().claims() + " claims");
        }
        IncidentIndex index = new IncidentIndex(settings);
        claims.forEach(index::add);
        List<Incident> incidents = index.incidents();
        Map<ReportId, Report> reports = new HashMap<>();
        Map<Incident, Assessment> assessed = new HashMap<>();
        List<LocatedClaim> pending = new ArrayList<>();
        for (Incident incident : incidents) {
            incident.claims().forEach(c -> reports.put(c.claim().report(), report(c)));
            assessed.put(incident, assessor.assess(incident, reports::get));
            pending.addAll(incident.claims());
            if (pending.size() >= BATCH_CLAIMS) {
                write(reports, pending, assessed);
            }
        }
        write(reports, pending, assessed);
        return incidents.size();
    }

    private void write(Map<ReportId, Report> reports, List<LocatedClaim> claims, Map<Incident, Assessment> incidents) {
        List<RawReport> raws = new ArrayList<>();
        List<Report> rows = new ArrayList<>();
        for (Report r : reports.values()) {
            // the report carries the hash of these very bytes (see report), so it is not computed again
            raws.add(new RawReport(r.origin(), "text/plain", r.text().getBytes(StandardCharsets.UTF_8), r.rawSha256(),
                    r.published()));
            rows.add(r);
        }
        store.saveBatch(new Batch(raws, rows, claims, incidents));
        reports.clear();
        claims.clear();
        incidents.clear();
    }

    private static Report report(LocatedClaim c) {
        String text = c.claim().evidence();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Instant published = c.claim().date().atTime(12, 0).toInstant(ZoneOffset.UTC);
        Origin origin = new Origin("generated:" + c.claim().report().value(), 1);
        return new Report(c.claim().report(), RawReport.sha256(bytes), "generated outlet "
                + Math.floorMod(c.claim().report().hashCode(), 50), null, published, Language.EN, null, text, origin);
    }
}
