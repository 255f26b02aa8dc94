package org.marsad.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.marsad.extract.Extractor;
import org.marsad.report.Report;

/**
 * Measures extraction throughput on one thread over generated reports that are made one at a
 * time and dropped after use, so that memory stays flat however large the corpus. Only the time
 * spent inside {@link Extractor#extract} is counted, both as elapsed time and as the thread's CPU
 * time: on a busy machine the second still tells what one core does.
 */
public final class ExtractionBench {
    private final Extractor extractor;

    /**
     * What a run measured: {@code nanos} elapsed and {@code cpuNanos} of the thread's CPU time inside
     * the extractor (-1 when the JVM cannot tell), the heap after a full GC before and after the run.
     */
    public record Result(long reports, long bytes, long claims, long nanos, long cpuNanos, long peakHeapBytes,
                         long heapBeforeBytes, long heapAfterBytes) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / (nanos / 1e9);
        }

        /** MB/s per second of CPU time, or NaN when CPU time was not measured. */
        public double megabytesPerCpuSecond() {
            return cpuNanos < 0 ? Double.NaN : bytes / 1e6 / (Math.max(cpuNanos, 1) / 1e9);
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
        measure(reports, warmupBytes, 0);
        return measure(reports, bytes, heapAfterGc());
    }

    private Result measure(SyntheticReports reports, long target, long heapBefore) {
        Runtime rt = Runtime.getRuntime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long done = 0;
        long count = 0;
        long claims = 0;
        long nanos = 0;
        long cpuNanos = 0;
        long peak = 0;
        while (done < target) {
            Report r = reports.next();
            long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            claims += extractor.extract(r).size();
            nanos += System.nanoTime() - t0;
            cpuNanos += cpu ? threads.getCurrentThreadCpuTime() - c0 : 0;
            done += r.text().getBytes(StandardCharsets.UTF_8).length;
            count++;
            if (count % 1000 == 0) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            }
        }
        return new Result(count, done, claims, Math.max(nanos, 1), cpu ? cpuNanos : -1, peak, heapBefore,
                heapAfterGc());
    }

    private static long heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
