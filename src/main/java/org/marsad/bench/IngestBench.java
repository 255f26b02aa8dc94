package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.marsad.pipeline.Ingestion;
import org.marsad.pipeline.Stages;
import org.marsad.report.Report;
import org.marsad.store.Store;

/**
 * Measures incremental ingest against a large store: each report is written to a file of its
 * own and ingested by a new {@link Ingestion}, as {@code marsad ingest one-report.jsonl} would,
 * so the time covers reading, extraction, placing, the store look-ups of candidate incidents,
 * re-assessment and every write.
 */
public final class IngestBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Stages stages;
    private final Store store;
    private final Path work;
    private final String run;

    /**
     * @param run appended to every report id, so that a store measured before takes the reports
     *            as new ones rather than as copies it already holds
     */
    public IngestBench(Stages stages, Store store, Path work, String run) {
        this.stages = stages;
        this.store = store;
        this.work = work;
        this.run = run;
    }

    /** Times of single-report ingests, in milliseconds, in the order given. */
    public record Result(long storedClaimsBefore, double[] millis) {
        public Result {
            millis = millis.clone();
        }

        public String lines() {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "incremental ingest into a store of %,d claims: %d single-report runs, "
                            + "median %.1f ms, p90 %.1f ms, max %.1f ms, mean %.1f ms",
                    storedClaimsBefore, millis.length, percentile(sorted, 50), percentile(sorted, 90),
                    sorted[sorted.length - 1], Arrays.stream(millis).average().orElse(0));
        }

        private static double percentile(double[] sorted, int p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }

    /** Ingests each report on its own and times it; {@code warmup} reports go first, untimed. */
    public Result run(List<Report> warmup, List<Report> measured) {
        if (measured.isEmpty()) {
            throw new IllegalArgumentException("there are no reports to measure");
        }
        warmup.forEach(this::ingestAlone);
        long before = store.counts().claims();
        double[] millis = new double[measured.size()];
        for (int i = 0; i < measured.size(); i++) {
            millis[i] = ingestAlone(measured.get(i));
        }
        return new Result(before, millis);
    }

    private double ingestAlone(Report report) {
        Path file = write(report);
        long start = System.nanoTime();
        new Ingestion(stages, store, Clock.systemUTC()).ingest(List.of(file), rejection -> { });
        return (System.nanoTime() - start) / 1e6;
    }

    private Path write(Report report) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", report.id().value() + "~" + run);
        line.put("source", report.source());
        line.put("url", report.url());
        line.put("published", report.published() == null ? null : report.published().atOffset(ZoneOffset.UTC).toString());
        line.put("language", report.language().code());
        line.put("title", report.title());
        line.put("text", report.text());
        try {
            Path file = Files.createTempFile(work, "report-", ".jsonl");
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
