package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.bench.ClusterBench;
import org.marsad.bench.SyntheticClaims;
import org.marsad.eval.ExtractionBench;
import org.marsad.extract.RuleExtractor;
import org.marsad.geo.GazetteerSpotter;
import org.marsad.lexicon.Lexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad bench …}: measures a stage's throughput. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure a stage on generated input and print the machine's figures (only bench ingest makes a store, in a temporary folder unless --data is given).",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Cluster.class, BenchPlacesCommand.class, BenchIngestCommand.class, CommandLine.HelpCommand.class}, footer = ExitCode.HELP)
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code marsad bench extract}: MB/s and reports/s of extraction on one thread. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extract claims on one thread from generated reports (half Arabic, half English, "
                    + "made one at a time so memory stays flat) and print MB/s of report text (elapsed and CPU time), "
                    + "reports/s and heap after GC at start and end.",
            footer = ExitCode.HELP)
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--megabytes", defaultValue = "200", description = "Report text to measure, in MB (default ${DEFAULT-VALUE}).")
        long megabytes;

        @Option(names = "--warmup", defaultValue = "30", description = "Report text to extract first, unmeasured, in MB (default ${DEFAULT-VALUE}).")
        long warmup;

        @Option(names = "--seed", defaultValue = "2018", description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RuleExtractor extractor = new RuleExtractor(Lexicon.bundled(), new GazetteerSpotter(Components.gazetteer()));
            ExtractionBench.Result r = new ExtractionBench(extractor).run(seed, warmup * 1_000_000, megabytes * 1_000_000);
            out.println(String.format(Locale.ROOT,
                    "extract: %d reports, %.1f MB, %d claims in %.2f s on one thread: %.2f MB/s, %.0f reports/s; "
                            + "CPU time %.2f s: %.2f MB/s; heap after GC %.0f MB at start, %.0f MB at end, "
                            + "peak %.0f MB (max %d MB)",
                    r.reports(), r.bytes() / 1e6, r.claims(), r.nanos() / 1e9, r.megabytesPerSecond(),
                    r.reportsPerSecond(), r.cpuNanos() / 1e9, r.megabytesPerCpuSecond(), r.heapBeforeBytes() / 1e6,
                    r.heapAfterBytes() / 1e6, r.peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000));
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "cluster", mixinStandardHelpOptions = true,
            description = {"Cluster N generated claims into incidents, then time 1,000 single-report additions "
                    + "to the built index.", "Run with a heap limit to check memory, e.g. "
                    + "MARSAD_JAVA_OPTS=-Xmx2g ./marsad bench cluster --claims 1000000"},
            footer = ExitCode.HELP)
    static final class Cluster implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--claims", defaultValue = "1000000", description = "How many claims (default ${DEFAULT-VALUE}).")
        int claims;

        @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            out.println("input: " + SyntheticClaims.describe());
            out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, Java " + System.getProperty("java.version"));
            out.println(new ClusterBench(claims, seed).run().lines());
            return ExitCode.OK;
        }
    }
}
