package org.marsad.eval;

import java.nio.charset.StandardCharsets;
import org.marsad.extract.Extractor;
import org.marsad.report.Report;

/**
 * Measures extraction throughput on one thread over generated reports that are made one at a
 * time and dropped after use, so that memory stays flat however large the corpus. Only the time
 * spent inside {@link Extractor#extract} is counted.
 */
public final class ExtractionBench {
    private final Extractor extractor;

    /** What a run measured. */
    public record Result(long reports, long bytes, long claims, long nanos, long peakHeapBytes, long heapAfterBytes) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / (nanos / 1e9);
        }

        public double reportsPerSecond() {
            return reports / (nanos / 1e9);
        }
    }

    public ExtractionBench(Extractor extractor) {
        if (extractor == null) {
            throw new IllegalArgumentException("extractor must not be null");
        }
        this.extractor = extractor;
    }

    /** Extracts {@code warmupBytes} of text unmeasured, then {@code bytes} of text measured. */
    public Result run(long seed, long warmupBytes, long bytes) {
        SyntheticReports reports = new SyntheticReports(seed);
        measure(reports, warmupBytes);
        System.gc();
        return measure(reports, bytes);
    }

    private Result measure(SyntheticReports reports, long target) {
        Runtime rt = Runtime.getRuntime();
        long done = 0;
        long count = 0;
        long claims = 0;
        long nanos = 0;
        long peak = 0;
        while (done < target) {
            Report r = reports.next();
            long t0 = System.nanoTime();
            claims += extractor.extract(r).size();
            nanos += System.nanoTime() - t0;
            done += r.text().getBytes(StandardCharsets.UTF_8).length;
            count++;
            if (count % 1000 == 0) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            }
        }
        System.gc();
        return new Result(count, done, claims, Math.max(nanos, 1), peak, rt.totalMemory() - rt.freeMemory());
    }
}
