package org.marsad.bench;

import java.util.List;
import java.util.Locale;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.ClusterSettings;
import org.marsad.incident.IncidentIndex;

/**
 * Measures clustering: the time to build incidents from N generated claims, the heap they hold,
 * and the time to add one more report's claims to the built index.
 */
public final class ClusterBench {
    private final int claims;
    private final long seed;

    public ClusterBench(int claims, long seed) {
        if (claims < 1) {
            throw new IllegalArgumentException("claims must be >= 1: " + claims);
        }
        this.claims = claims;
        this.seed = seed;
    }

    /** Figures of one run. */
    public record Result(int claims, int incidents, double buildSeconds, long heapMb, double addMeanMs,
                         double addMaxMs, int adds) {
        public String lines() {
            return String.format(Locale.ROOT, "clustered %,d claims into %,d incidents in %.1f s (%,.0f claims/s)%n"
                            + "heap after build: %d MB%n"
                            + "incremental: %d single-report additions, mean %.3f ms, max %.3f ms",
                    claims, incidents, buildSeconds, claims / buildSeconds, heapMb, adds, addMeanMs, addMaxMs);
        }
    }

    public Result run() {
        SyntheticClaims generator = new SyntheticClaims(seed);
        List<LocatedClaim> input = generator.claims(claims);
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);
        long start = System.nanoTime();
        input.forEach(index::add);
        double build = (System.nanoTime() - start) / 1e9;
        long heap = heapMb();
        int adds = 1000;
        double total = 0;
        double max = 0;
        for (int i = 0; i < adds; i++) {
            LocatedClaim claim = generator.event(1).get(0);
            long t = System.nanoTime();
            index.add(claim);
            double ms = (System.nanoTime() - t) / 1e6;
            total += ms;
            max = Math.max(max, ms);
        }
        return new Result(claims, index.size(), build, heap, total / adds, max, adds);
    }

    private static long heapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}
