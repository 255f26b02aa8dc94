package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.bench.ClusterBench;
import org.marsad.bench.SyntheticClaims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench …}: measures a stage on generated input and prints the machine's figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure a stage on generated input and print the figures (no store is touched).",
        subcommands = BenchCommand.Cluster.class, footer = ExitCode.HELP)
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
