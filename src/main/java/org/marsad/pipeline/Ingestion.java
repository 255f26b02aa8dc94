package org.marsad.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.marsad.assess.Assessment;
import org.marsad.extract.EventClaim;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentId;
import org.marsad.incident.IncidentIndex;
import org.marsad.incident.Placement;
import org.marsad.ingest.ParsedReport;
import org.marsad.report.Rejection;
import org.marsad.report.Report;
import org.marsad.report.Stage;
import org.marsad.store.AuditEntry;
import org.marsad.store.Store;

/**
 * Runs files through ingest → extract → locate → cluster → assess into the store. Incremental:
 * the clustering index pulls in from the store only the incidents a new claim could join (by
 * date window and reach), the claim joins one or founds one, and only the incidents it touched
 * are re-assessed and saved.
 */
public final class Ingestion {
    private final Stages stages;
    private final Store store;
    private final Clock clock;

    public Ingestion(Stages stages, Store store, Clock clock) {
        this.stages = stages;
        this.store = store;
        this.clock = clock;
    }

    /** Ingests every path; each rejection goes to the store and to {@code rejected} as it happens. */
    public IngestSummary ingest(List<Path> paths, Consumer<Rejection> rejected) {
        Instant start = clock.instant();
        String run = store.runs().start("ingest " + paths);
        Run counts = new Run();
        Consumer<Rejection> reject = r -> {
            counts.rejections++;
            store.runs().reject(run, r);
            rejected.accept(r);
        };
        for (Path path : paths) {
            stages.ingestor().read(path, parsed -> accept(parsed, counts, reject), reject);
        }
        IncidentIndex index = new IncidentIndex(stages.clustering(), store.incidentArchive());
        store.constraints().forEach(index::respect);
        cluster(index, counts);
        reassess(index, counts);
        IngestSummary summary = counts.summary(Duration.between(start, clock.instant()));
        store.runs().finish(run, summary.line());
        store.audit(new AuditEntry(clock.instant(), "system", "ingest", paths.toString(), summary.line()));
        return summary;
    }

    private void accept(ParsedReport parsed, Run counts, Consumer<Rejection> reject) {
        counts.read++;
        if (!store.saveRawReport(parsed.raw())) {
            counts.duplicates++;
            return;
        }
        Report report = parsed.report();
        store.saveReport(report);
        List<LocatedClaim> located = locate(report, reject);
        store.saveClaims(report.id(), located);
        counts.claims += located.size();
        counts.pending.addAll(located);
    }

    /** Clusters the run's claims in canonical order, so that the order of the files does not matter. */
    private void cluster(IncidentIndex index, Run counts) {
        counts.pending.sort(ClaimOrder.CANONICAL);
        for (LocatedClaim claim : counts.pending) {
            Placement placement = index.add(claim);
            placement.incident().ifPresent(id -> counts.touch(id, placement.created()));
        }
        counts.pending.clear();
    }

    private List<LocatedClaim> locate(Report report, Consumer<Rejection> reject) {
        try {
            List<LocatedClaim> located = new ArrayList<>();
            for (EventClaim claim : stages.extractor().extract(report)) {
                located.add(stages.locator().locate(claim, report));
            }
            return located;
        } catch (RuntimeException e) {
            // a stage bug must not stop a run over thousands of reports; it is recorded, not dropped
            reject.accept(new Rejection(Stage.EXTRACT, report.id().value(),
                    "could not be processed (please report this): " + e, report.title()));
            return List.of();
        }
    }

    private void reassess(IncidentIndex index, Run counts) {
        for (IncidentId id : counts.touched) {
            Incident incident = index.incident(id).orElseThrow();
            Assessment assessment = stages.assessor().assess(incident, reportId -> store.findReport(reportId).orElseThrow());
            store.saveIncident(incident, assessment);
        }
    }

    private static final class Run {
        int read;
        int duplicates;
        int rejections;
        int claims;
        final Set<IncidentId> touched = new LinkedHashSet<>();
        final Set<IncidentId> created = new LinkedHashSet<>();
        final List<LocatedClaim> pending = new ArrayList<>();

        void touch(IncidentId id, boolean isNew) {
            touched.add(id);
            if (isNew) {
                created.add(id);
            }
        }

        IngestSummary summary(Duration took) {
            return new IngestSummary(read, read - duplicates, duplicates, rejections, claims, created.size(),
                    touched.size() - created.size(), took);
        }
    }
}
